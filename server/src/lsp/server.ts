/**
 * Entry point of the bundled language server (dist/server.js). `createConnection` picks the
 * transport from the command line: `--node-ipc` (the VS Code client), `--stdio` (other editors,
 * tests) or `--socket=N`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { allRules } from '../../../rules/index';
import { version } from '../../../package.json';
import { startServer } from './language-server';
import { withTestHooks } from './test-hooks';

const connection = createConnection(ProposedFeatures.all);
// A bug must not take the editor's linting down with it: log, keep serving.
process.on('uncaughtException', (error) => connection.console.error(`soc2lint: uncaught exception: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`soc2lint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
startServer(connection, { rules: withTestHooks(allRules, process.env), version });
