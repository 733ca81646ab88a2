// `npm run start:word`: serve the add-in over https and sideload it into desktop Word (Windows or macOS).
//   1. installs and trusts a localhost certificate (npx office-addin-dev-certs install, fetched on demand),
//   2. starts `webpack serve` with WEBPACK_HTTPS=1, which makes webpack.config.js use that certificate,
//   3. once the server answers, sideloads manifest.xml into Word (npx office-addin-debugging start).
// The dev server stays in the foreground until Ctrl+C; `npm run stop:word` removes the sideloaded add-in.
// Both Office tools are fetched by npx and never become dependencies: their native parts fail on Linux.
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';

const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const onWindows = process.platform === 'win32';
// npx is a .cmd file on Windows, which Node only runs through a shell.
const spawnOptions = { stdio: 'inherit', shell: onWindows };

function run(command, args) {
  const result = spawnSync(command, args, spawnOptions);
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Resolves true once something accepts connections on the port, false after `seconds`. */
async function waitForPort(port, seconds) {
  for (let attempt = 0; attempt < seconds; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect({ host: 'localhost', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

function stopServer(server) {
  if (server.exitCode !== null) return;
  // Through a shell on Windows, killing the shell would leave webpack running: end the whole tree.
  if (onWindows) spawnSync('taskkill', ['/pid', String(server.pid), '/T', '/F'], { stdio: 'ignore' });
  else server.kill('SIGTERM');
}

async function main() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    console.error('Word desktop is only on Windows and macOS; use npm start for the browser preview.');
    return 1;
  }

  console.log('Installing the localhost certificate (office-addin-dev-certs)...');
  if (run('npx', ['--yes', 'office-addin-dev-certs', 'install']) !== 0) {
    console.error('Could not install the localhost certificate; Word will not load the add-in without it.');
    return 1;
  }

  console.log(`Starting the dev server on https://localhost:${PORT}/ ...`);
  const server = spawn('npx', ['webpack', 'serve', '--mode', 'development'], {
    ...spawnOptions,
    env: { ...process.env, WEBPACK_HTTPS: '1' },
  });
  const serverExit = new Promise((resolve) => server.on('exit', (code) => resolve(code ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopServer(server));

  if (!(await waitForPort(PORT, 120))) {
    console.error(`The dev server did not answer on port ${PORT} within two minutes.`);
    stopServer(server);
    return 1;
  }

  console.log('Sideloading manifest.xml into Word (office-addin-debugging)...');
  if (
    run('npx', ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'word']) !== 0
  ) {
    console.error('Could not sideload the add-in into Word.');
    stopServer(server);
    return 1;
  }

  console.log('Word has the add-in (Home tab, group "Aktindsigt"). Ctrl+C stops the dev server;');
  console.log('npm run stop:word removes the add-in from Word.');
  return serverExit;
}

process.exitCode = await main();
