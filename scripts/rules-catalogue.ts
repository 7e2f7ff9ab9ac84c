// Writes docs/rules.md from the rule and lexicon data. Usage: npm run rules
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesCatalogueMarkdown } from './rules-catalogue-md.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

const file = join(repoRoot(), 'docs', 'rules.md');
writeFileSync(file, rulesCatalogueMarkdown());
console.log(`wrote ${file}`);
