/**
 * Entry point of the bundled CLI (dist/cli.js, started by bin/soc2lint.js). Everything else is in
 * run.ts so tests can drive it without a process.
 */
import { version } from '../../../package.json';
import { runCli } from './run';

const code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  today: new Date().toISOString().slice(0, 10),
  version,
});
// exitCode (not exit()) lets a large report finish flushing to a pipe.
process.exitCode = code;
