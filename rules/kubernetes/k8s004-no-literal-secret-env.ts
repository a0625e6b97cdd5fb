import { describeContainer, describeObject, resourceOf, workloadContainers, type K8sObject } from '../../server/src/engine/kubernetes';
import type { LineIndex } from '../../server/src/engine/positions';
import { defineRule } from '../../server/src/engine/rule';
import { isLiteralSecretValue, secretNameKind } from '../../server/src/engine/secrets';
import type { Fix } from '../../server/src/engine/types';
import { indentUnit } from '../../server/src/engine/yaml-edit';
import { asSeq, getNode, getPair, getString, isMap, nodeOffsets, nodeRange, scalarValue, type YamlPair, type YAMLMap } from '../../server/src/engine/yaml';

/** `DB_PASSWORD` / `dbPassword` -> `db-password`: a valid Secret data key. */
function secretKeyFor(envName: string): string {
  const key = envName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
  return key || 'value';
}

/** `<workload>-secrets`, quoted when the workload name is not a plain DNS name. */
function secretNameFor(object: K8sObject): string {
  const name = `${object.name || 'app'}-secrets`;
  return /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) ? name : JSON.stringify(name);
}

/**
 * Replaces `value: <literal>` with `valueFrom.secretKeyRef`, at the `value` key's column in block
 * style or inline in a flow map. A suggestion, not a fix: the Secret has to exist first.
 */
function secretKeyRefSuggestion(lines: LineIndex, item: YAMLMap, valuePair: YamlPair, object: K8sObject, envName: string): Fix | undefined {
  const keyAt = nodeOffsets(valuePair.key)?.[0];
  let end = nodeOffsets(valuePair.value)?.[1];
  if (keyAt === undefined || end === undefined) return undefined;
  // A block scalar's range ends after its line break; the replacement stops at the last character.
  while (end > keyAt && /[\r\n]/.test(lines.text[end - 1]!)) end--;
  const secret = secretNameFor(object);
  const key = secretKeyFor(envName);
  let newText: string;
  if (item.flow) {
    newText = `valueFrom: {secretKeyRef: {name: ${secret}, key: ${key}}}`;
  } else {
    const column = lines.positionAt(keyAt).character;
    const unit = indentUnit(lines);
    const pad = (n: number) => ' '.repeat(column + n * unit);
    newText = ['valueFrom:', `${pad(1)}secretKeyRef:`, `${pad(2)}name: ${secret}`, `${pad(2)}key: ${key}`].join(lines.eol);
  }
  return { title: `Read ${envName} from Secret ${secret} (key ${key})`, edits: [{ range: lines.range(keyAt, end), newText }] };
}

export default defineRule({
  meta: {
    id: 'K8S004',
    slug: 'no-literal-secret-env',
    kind: 'kubernetes',
    title: 'Container environment variables must not hold literal secrets',
    controls: ['CC6.7'],
    severity: 'error',
    description:
      'A container sets an environment variable whose name says it holds a secret (password, token, API key, credentials...) to a literal `value`. The secret is then committed with the manifest, readable by everyone who can read the repository or `get` the workload (a Deployment is not protected like a Secret), and shown by `kubectl describe`. SOC 2 CC6.7 requires secrets to live in protected storage. Every container is checked: regular, init and ephemeral, in every workload kind. Values that are references (`$(OTHER_VAR)`), empty, paths or configuration (an option list such as etcd\'s `jwt,priv-key=/certs/key.pem,ttl=10m`, a token mechanism such as `simple`) are not reported, nor are names that describe a secret (`PASSWORD_FILE`, `TOKEN_URL`).',
    remediation:
      'Store the value in a Secret (created by External Secrets, Sealed Secrets or SOPS, not committed in clear) and reference it with `valueFrom.secretKeyRef`, or mount the Secret as a file. The suggestion rewrites the variable to read `<workload>-secrets`; create that Secret first, and rotate the value that was committed.',
    fix: 'suggestion',
    messages: {
      literal: '{{container}} of {{resource}} sets {{name}} to a literal secret ({{secret}}): it is committed and readable by anyone who can read the workload; use valueFrom.secretKeyRef.',
    },
    peers: ['kube-linter env-var-secret', 'Polaris sensitiveContainerEnvVar', 'KICS a88baa34', 'CKV_SECRET_10'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        for (const item of asSeq(getNode(container.map, 'env'))?.items ?? []) {
          if (!isMap(item)) continue;
          const entry = item as YAMLMap;
          const name = getString(entry, 'name');
          const valuePair = getPair(entry, 'value');
          const value = scalarValue(valuePair?.value);
          if (!name || !valuePair || typeof value !== 'string') continue;
          const kind = secretNameKind(name);
          if (!kind || !isLiteralSecretValue(value, kind, name)) continue;
          const range = nodeRange(ctx.lines, valuePair.value);
          if (!range) continue;
          const suggestion = secretKeyRefSuggestion(ctx.lines, entry, valuePair, pod.object, name);
          ctx.report({
            messageId: 'literal',
            range,
            data: { container: describeContainer(container), resource: describeObject(pod.object), name, secret: value },
            resource: resourceOf(pod.object),
            ...(suggestion ? { suggestions: [suggestion] } : {}),
          });
        }
      }
    }
  },
});
