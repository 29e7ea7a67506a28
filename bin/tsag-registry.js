#!/usr/bin/env node
// tsag-registry: builds a registry file from document lists. Built from src/cli by `npm run build:cli`.
require("./runCli")("tsag-registry", "tsagRegistry.js");
