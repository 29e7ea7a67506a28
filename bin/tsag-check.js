#!/usr/bin/env node
// tsag-check: the posting check over .docx and .txt files, without Word. Built from src/cli by `npm run build:cli`.
require("./runCli")("tsag-check", "tsagCheck.js");
