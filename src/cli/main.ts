// Entry point of the `alliance` command. `main` takes argv and injected streams and returns
// the exit code, so tests run the whole CLI in-process; `run` wires it to the real process.
import { CommanderError } from 'commander';
import { EXIT_BAD_INPUT, EXIT_OK, errnoOf, exitCodeOf, formatError, toCliError } from './errors.js';
import { nodeIo, type CliIo } from './io.js';
import { buildProgram } from './program.js';

/** Run the CLI with these arguments (without `node alliance`); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    // Commander has already printed its one-line message (see configureOutput).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    const cliError = toCliError(error);
    const message = formatError(cliError, io.env.ALLIANCE_DEBUG === '1');
    if (message !== '') io.stderr.write(`${message}\n`);
    return exitCodeOf(cliError);
  }
}

/** Run as the `alliance` process: real streams, exit code on the process. */
export async function run(): Promise<void> {
  // A reader that goes away (`| head`) is not an error: leave quietly.
  process.stdout.on('error', (error) => {
    if (errnoOf(error) === 'EPIPE') process.exit(EXIT_OK);
  });
  process.exitCode = await main(process.argv.slice(2), nodeIo());
}
