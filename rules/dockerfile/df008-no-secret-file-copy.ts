import { instructionFact } from '../../server/src/engine/dockerfile';
import { removeInstructionEdit } from '../../server/src/engine/dockerfile-edit';
import { copySources } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * COPY/ADD of a file that by its name holds credentials. Only explicit paths count: `COPY . .` is
 * evidence of nothing (a `.dockerignore` may exclude the secrets). Example/template files
 * (`.env.example`, `.env.sample`) and certificates that are public by nature (`ca.pem`,
 * `cert.pem`, `*.pub`) are left alone.
 */
const SECRET_NAMES: { pattern: RegExp; what: string }[] = [
  { pattern: /^\.env(\.(?!example$|sample$|template$|dist$|defaults?$|tpl$)[\w.-]+)?$/i, what: 'an environment file with credentials' },
  { pattern: /^id_(rsa|dsa|ecdsa|ed25519)$/, what: 'an SSH private key' },
  { pattern: /\.(key|p12|pfx|jks|keystore)$/i, what: 'a private key or keystore' },
  { pattern: /^\.(npmrc|pypirc|netrc|git-credentials|dockercfg|pgpass|htpasswd)$/, what: 'a credentials file' },
  { pattern: /^credentials(\.json)?$/i, what: 'a credentials file' },
];

const PUBLIC_PEM = /(^|[-_.])(ca|cacert|cert|certificate|chain|fullchain|bundle|pub|public|root)([-_.]|$)/i;

function secretKind(path: string): string | undefined {
  const clean = path.replace(/\/+$/, '');
  if (/(^|\/)\.aws(\/|$)/.test(clean) || /(^|\/)\.ssh(\/|$)/.test(clean) || /(^|\/)\.docker\/config\.json$/.test(clean) || /(^|\/)\.kube\/config$/.test(clean)) return 'a credentials directory';
  const base = clean.replace(/^.*\//, '');
  if (base.includes('*') || base.includes('$')) return undefined;
  if (/\.pem$/i.test(base)) return PUBLIC_PEM.test(base.slice(0, -4)) ? undefined : 'a private key';
  return SECRET_NAMES.find((s) => s.pattern.test(base))?.what;
}

export default defineRule({
  meta: {
    id: 'DF008',
    slug: 'no-secret-file-copy',
    kind: 'dockerfile',
    title: 'Secret files must not be copied into images',
    controls: ['CC6.7'],
    severity: 'error',
    description:
      'Files such as `.env`, `id_rsa`, `*.key`/`*.pem` private keys, `.npmrc`, `.aws/` or `credentials` hold credentials. Copied into an image, they stay in its layer for everyone who can pull the image, even when a later step deletes them, and they travel to every registry and cache. SOC 2 CC6.7 requires credentials to be kept to the parties that need them. Only explicit paths are reported (`COPY . .` is not: a `.dockerignore` may exclude the secrets); templates (`.env.example`) and public certificates (`ca.pem`, `*.pub`) are not.',
    remediation:
      'Do not copy the file. For a build step that needs it, use a BuildKit secret mount (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`); for runtime, mount it from the orchestrator (a Kubernetes Secret volume). Add the file to `.dockerignore`, and rotate the credential if an image with it was pushed.',
    fix: 'suggestion',
    messages: {
      secretFile: '{{keyword}} copies "{{path}}", {{what}}, into the image of stage "{{stage}}": anyone who can pull the image can read it; use a build secret mount or a runtime secret (SOC 2 CC6.7).',
    },
    peers: ['DS-0031'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        if (keyword !== 'COPY' && keyword !== 'ADD') continue;
        // Sources carry line/character ranges only, fixed for the instruction: kept across edits.
        const sources = instructionFact(model, instruction, 'copySources', () => copySources(model, ctx.lines, instruction));
        for (const source of sources) {
          const what = secretKind(source.text);
          if (!what) continue;
          ctx.report({
            messageId: 'secretFile',
            range: source.range,
            data: { keyword, path: source.text, what, stage: stageResource(stage).name },
            resource: stageResource(stage),
            suggestions: sources.length === 1 ? [{ title: `Remove this ${keyword} (provide the file as a build secret instead)`, edits: [removeInstructionEdit(ctx.lines, instruction)] }] : undefined,
          });
        }
      }
    }
  },
});
