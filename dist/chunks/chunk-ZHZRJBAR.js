import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/github/access.ts
init_cli_data();
import { spawnSync } from "node:child_process";
var DEFAULT_API_URL = "https://api.github.com";
function apiBaseUrl(env = process.env) {
  let api = env.GITHUB_API_URL || DEFAULT_API_URL;
  for (; api.endsWith("/"); ) api = api.slice(0, -1);
  return api;
}
function findToken(env = process.env) {
  let fromEnv = (env.GITHUB_TOKEN || "").trim() || (env.GH_TOKEN || "").trim();
  if (fromEnv !== "") return fromEnv;
  try {
    let gh = spawnSync("gh", ["auth", "token"], {
      encoding: "utf8",
      timeout: 3e3,
      stdio: ["ignore", "pipe", "ignore"],
      env
    }), token = gh.status === 0 ? gh.stdout.trim() : "";
    return token === "" ? null : token;
  } catch {
    return null;
  }
}

export {
  apiBaseUrl,
  findToken
};
