// Converts a Postman collection to OpenAPI 3 JSON with the postman2openapi npm package (the
// Rust converter compiled to WebAssembly). Usage: node postman2openapi-run.cjs <in.json> <out.json>
const fs = require("node:fs");
const { transpile } = require("postman2openapi");

const [, , input, output] = process.argv;
if (!input || !output) {
  console.error("usage: node postman2openapi-run.cjs <collection.json> <openapi.json>");
  process.exit(2);
}
const spec = transpile(JSON.parse(fs.readFileSync(input, "utf8")));
fs.writeFileSync(output, typeof spec === "string" ? spec : JSON.stringify(spec, null, 2));
console.log(`postman2openapi: wrote ${output}`);
