import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/github/rest.ts
init_cli_data();
init_errors();
var PER_PAGE = 100;
function statusOf(error) {
  let value = typeof error == "object" && error !== null ? error.status : void 0;
  return typeof value == "number" ? value : void 0;
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function shapeOf(data) {
  return data == null ? "empty (null)" : Array.isArray(data) ? "a list" : typeof data == "string" ? data === "" ? "empty" : "text, not JSON" : typeof data == "object" ? "an object without the expected fields" : `a ${typeof data}`;
}
function malformedResponse(call, expected, data) {
  return new MandateError(
    `GitHub's answer to ${call} is not ${expected} (it is ${shapeOf(data)}), so mandate cannot tell what it would have read there and the check fails rather than pass on a partial reading; re-run the job, and check the API (GITHUB_API_URL, a proxy) if it persists.`
  );
}
function describeCall(route, params) {
  let [method, path = route] = route.split(" "), filled = path.replace(
    /\{(\w+)\}/g,
    (whole, name) => params[name] === void 0 ? whole : String(params[name])
  );
  return `${method} ${filled}`;
}
async function* pages(client, route, params, options) {
  let [method, url] = route.split(" "), check = options.check ?? ((data, call) => {
    if (!Array.isArray(data)) throw malformedResponse(call, "a list", data);
    return data;
  }), page = 0, items = [], checked = Object.assign(
    async (request) => {
      page++;
      let call = `${describeCall(route, params)}${page > 1 || options.numbered ? ` (page ${page})` : ""}`, response;
      try {
        response = await client.request(request);
      } catch (error) {
        if (statusOf(error) === 409 && options.conflictIsEmpty && page === 1)
          return items = [], { data: [], headers: {}, status: 200 };
        throw statusOf(error) === 409 ? new MandateError(
          `GitHub answered 409 (conflict) on ${call}, so mandate cannot tell what the listing holds and the check fails rather than pass on nothing read; re-run the job.`
        ) : error;
      }
      return items = check(response.data, call), response;
    },
    { endpoint: client.request.endpoint }
  );
  for await (let _ of client.paginate.iterator(checked, {
    method,
    url,
    ...params,
    per_page: PER_PAGE
  }))
    if (yield items, page >= options.maxPages) break;
}

export {
  statusOf,
  isObject,
  malformedResponse,
  pages
};
