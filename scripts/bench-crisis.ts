// Throughput of standalone crisis detection (tokenize + crisis lexicons + guards + model)
// against tokenizing alone, on SDCNL posts and AnnoMI client turns. Usage:
//   npm run build && node dist/scripts/bench-crisis.js --data ../shared/data
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { detectCrisis, detectCrisisRules } from '../src/markers/crisis/index.js';
import { Tokens, tokenize } from '../src/text/index.js';

function texts(file: string, pick: (r: Record<string, string>) => string | undefined): string[] {
  if (!existsSync(file)) {
    process.stderr.write(`bench-crisis: no data file at ${file}\n`);
    process.exit(2);
  }
  const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  return rows.map(pick).filter((t): t is string => t !== undefined);
}

/**
 * MB/s of each runner, timed in alternating passes over the whole corpus so that load from
 * other processes and JIT warm-up fall on all of them alike.
 */
function mbPerSecond(
  items: readonly string[],
  runners: readonly ((text: string) => unknown)[],
  passes: number,
): number[] {
  const bytes = items.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ms = runners.map(() => 0);
  for (const run of runners) for (const t of items) run(t); // warm-up
  for (let p = 0; p < passes; p++) {
    runners.forEach((run, r) => {
      const start = performance.now();
      for (const t of items) run(t);
      ms[r] = (ms[r] ?? 0) + performance.now() - start;
    });
  }
  return ms.map((m) => (bytes * passes) / m / 1e3);
}

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: '../shared/data' } },
  });
  const corpora = {
    'sdcnl posts': texts(
      resolve(values.data, 'crisis/sdcnl-train.csv'),
      (r) => `${r.title ?? ''}\n${r.selftext ?? ''}`,
    ),
    'annomi client turns': texts(resolve(values.data, 'annomi/annomi-simple-dev.csv'), (r) =>
      r.interlocutor === 'client' ? r.utterance_text : undefined,
    ),
  };
  const tokens = new Tokens();
  for (const [name, items] of Object.entries(corpora)) {
    const [tok = 0, rules = 0, all = 0] = mbPerSecond(
      items,
      [(t) => tokenize(t, tokens), detectCrisisRules, detectCrisis],
      20,
    );
    process.stdout.write(
      `${name}: tokenize ${tok.toFixed(1)} MB/s, rules ${rules.toFixed(1)} MB/s, rules+model ${all.toFixed(1)} MB/s\n`,
    );
  }
}

main();
