// Runs quicktype as a library, in this one node process: the Postman collection's saved
// examples become JSON samples (quicktype's own Postman input), rendered as Java models.
// Usage: node quicktype-run.mjs <collection.json> <outDir> <java.package>
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  InputData,
  jsonInputForTargetLanguage,
  quicktypeMultiFile,
  sourcesFromPostmanCollection,
} from "quicktype-core";

const [, , collection, outDir, pkg] = process.argv;
if (!collection || !outDir || !pkg) {
  console.error("usage: node quicktype-run.mjs <collection.json> <outDir> <java.package>");
  process.exit(2);
}
const { sources } = sourcesFromPostmanCollection(readFileSync(collection, "utf8"), collection);
const jsonInput = jsonInputForTargetLanguage("java");
for (const source of sources) {
  await jsonInput.addSource(source);
}
const inputData = new InputData();
inputData.addInput(jsonInput);
const result = await quicktypeMultiFile({
  inputData,
  lang: "java",
  rendererOptions: { package: pkg },
});
const base = join(outDir, ...pkg.split("."));
let files = 0;
for (const [name, rendered] of result) {
  const target = join(base, name);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, rendered.lines.join("\n"));
  files++;
}
console.log(`quicktype: ${sources.length} sample sources, ${files} files`);
