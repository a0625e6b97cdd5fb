/**
 * `npm run test:vscode`: the same extension-host Mocha suite (test/e2e/suite) in desktop VS Code,
 * downloaded by @vscode/test-electron. Needs internet (update.code.visualstudio.com) and, on Linux
 * without a display, `xvfb-run -a npm run test:vscode`. Offline machines use `npm run test:e2e`
 * (code-server) instead; both load the same out/test/suite/index.js.
 *
 *   VSCODE_VERSION=1.90.0 npm run test:vscode     (default: stable)
 */
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite';
import { newRunDir } from './code-server';
import { CACHE, ROOT } from './paths';
import { EXPECTED_FILE_NAME, prepareWorkspace, writeExpectations } from './workspace';

async function main(): Promise<number> {
  const extensionTestsPath = await buildSuite(ROOT);
  const runDir = newRunDir('vscode');
  const ws = prepareWorkspace(runDir);
  writeExpectations(runDir, ws);
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      cachePath: join(CACHE, 'vscode-test'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      extensionTestsEnv: { SOC2LINT_E2E_EXPECTED: join(runDir, EXPECTED_FILE_NAME) },
      launchArgs: [
        ws,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
        `--user-data-dir=${join(runDir, 'user-data')}`,
        `--extensions-dir=${join(runDir, 'extensions')}`,
      ],
    });
    return 0;
  } catch (error) {
    console.error(`test:vscode failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
