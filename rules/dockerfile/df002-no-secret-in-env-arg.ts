import type { Arg, Env } from 'dockerfile-ast';
import { instructionFact, type DockerStage, type Instruction } from '../../server/src/engine/dockerfile';
import { defineRule } from '../../server/src/engine/rule';
import { isLiteralSecretValue, secretNameKind } from '../../server/src/engine/secrets';
import type { Fix, Position, Range, ResourceRef } from '../../server/src/engine/types';

/** A property of an ENV or ARG that holds a literal secret, with what reporting it needs. */
interface SecretProperty {
  name: string;
  value: string;
  valueRange: Range;
  nameEnd: Position;
}

/**
 * The properties of an ENV or ARG holding a literal secret. getProperties() re-reads the instruction
 * on every call, so this is kept per instruction across edits (instructionFact): it depends on the
 * instruction's own text only.
 */
function secretProperties(instruction: Env | Arg): SecretProperty[] {
  const out: SecretProperty[] = [];
  for (const property of instruction.getProperties()) {
    const value = property.getValue();
    const valueRange = property.getValueRange();
    if (value === null || !valueRange) continue;
    const name = property.getName();
    const kind = secretNameKind(name);
    if (!kind || !isLiteralSecretValue(value, kind, name)) continue;
    out.push({ name, value, valueRange, nameEnd: property.getNameRange().end });
  }
  return out;
}

/**
 * ENV/ARG with a secret-looking name and a literal value, in every stage (a builder stage's ENV is
 * still in the repository and in that stage's cache) and in global ARGs before the first FROM.
 * Not reported: ARG without a default, empty values, values that are only references (`$TOKEN`,
 * `${TOKEN}`), paths (`PASSWORD_FILE=/run/secrets/db`), names that describe a secret rather than
 * hold one (`*_FILE`, `TOKEN_URL`, `*_KEY_ID`, `GPG_KEY`: a public key fingerprint in the Docker
 * Official Images, `AUTHOR`). Tokens in a known format under other names are SEC001's.
 */

function stageResource(stage: DockerStage | undefined): ResourceRef | undefined {
  return stage ? { kind: 'Stage', name: stage.name ?? String(stage.index) } : undefined;
}

export default defineRule({
  meta: {
    id: 'DF002',
    slug: 'no-secret-in-env-arg',
    kind: 'dockerfile',
    title: 'ENV and ARG must not hold literal secrets',
    controls: ['CC6.7'],
    severity: 'error',
    description:
      'An `ENV` or `ARG` whose name says it holds a secret (password, token, API key, private key, credentials...) is given a literal value. The value is committed with the Dockerfile, and Docker keeps it in the image: `ENV` values in the image configuration that `docker inspect` shows to anyone who can pull the image, `ARG` values in the build history of every layer that uses them. SOC 2 CC6.7 requires secrets to be protected, not shipped inside artifacts. Names that point to a secret instead of holding it (`PASSWORD_FILE`, `TOKEN_URL`, `AWS_ACCESS_KEY_ID`, `GPG_KEY`) and values that are only a reference (`$TOKEN`) are not reported.',
    remediation:
      'Mount the secret for the one step that needs it: `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`, built with `docker build --secret id=npm_token,env=NPM_TOKEN`. Runtime secrets belong in the orchestrator (a Kubernetes Secret), not the image. Rotate any secret that was committed.',
    fix: 'suggestion',
    messages: {
      env: 'ENV {{name}} bakes a literal secret ({{secret}}) into the image, where `docker inspect` shows it to anyone who can pull the image; mount a build secret or inject it at runtime.',
      arg: 'ARG {{name}} has a literal secret default ({{secret}}): it is committed with the Dockerfile and recorded in the build history; use a BuildKit secret mount instead.',
    },
    peers: ['DL3064', 'BuildKit SecretsUsedInArgOrEnv', 'DS-0031', 'KICS a88baa34', 'CKV_SECRET_10'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    const groups: { stage: DockerStage | undefined; instructions: Instruction[] }[] = [
      { stage: undefined, instructions: model.globalInstructions },
      ...model.stages.map((stage) => ({ stage, instructions: stage.instructions })),
    ];
    for (const { stage, instructions } of groups) {
      for (const instruction of instructions) {
        const keyword = instruction.getKeyword();
        if (keyword !== 'ENV' && keyword !== 'ARG') continue;
        for (const { name, value, valueRange, nameEnd } of instructionFact(model, instruction, 'DF002.secretProperties', () => secretProperties(instruction as Env | Arg))) {
          const resource = stageResource(stage);
          let suggestions: Fix[] | undefined;
          if (keyword === 'ARG') {
            // Drop `=value`: the build then needs --build-arg (or, better, a secret mount).
            suggestions = [{ title: `Remove the committed default of ARG ${name}`, edits: [{ range: { start: nameEnd, end: valueRange.end }, newText: '' }] }];
          }
          ctx.report({
            messageId: keyword === 'ENV' ? 'env' : 'arg',
            range: valueRange,
            data: { name, secret: value },
            ...(resource ? { resource } : {}),
            ...(suggestions ? { suggestions } : {}),
          });
        }
      }
    }
  },
});
