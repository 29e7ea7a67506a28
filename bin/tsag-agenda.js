#!/usr/bin/env node
// tsag-agenda: the WP closing-plenary agenda from the RG reports, and its check. Built from src/cli by `npm run build:cli`.
require("./runCli")("tsag-agenda", "tsagAgenda.js");
