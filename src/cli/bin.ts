/** The `aktindsigt-check` executable: runs the CLI on the process's arguments and streams. */
import { run } from './main';

// A reader closing the pipe early (`aktindsigt-check breve/ | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
