import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, asSeq, deref, getPair, keyRange, labelString, type YAMLMap } from '../../server/src/engine/yaml';

/** `key "password"`, or what the template stands for when it prints the name. */
function quoted(name: string | undefined, what: string, templated: string): string {
  return name === undefined ? templated : `${what} "${name}"`;
}

/** `Secret "db"`, or `a Secret the template names`. */
function secretLabel(ref: YAMLMap | undefined): string {
  return quoted(labelString(ref, 'name'), 'Secret', 'a Secret the template names');
}

export default defineRule({
  meta: {
    id: 'K8S046',
    slug: 'no-secret-env-reference',
    kind: 'kubernetes',
    title: 'Secrets should be mounted as files, not passed as environment variables',
    controls: ['CC6.7'],
    severity: 'info',
    profile: 'strict',
    description:
      'A Secret consumed through `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef` becomes part of the process environment: every child process inherits it, crash reporters, debug endpoints and `kubectl describe`-style tooling print it, and it cannot be rotated without restarting the container. A Secret mounted as a volume is a file readable only by the process that opens it, and the kubelet updates it in place. SOC 2 CC6.7 expects secrets to stay confined to where they are needed. Almost every application reads some secret from its environment today, so the rule is in the `strict` profile; it is about the delivery, not the value (literal values are K8S004\'s).',
    remediation:
      'Mount the Secret as a volume (`volumes[].secret` plus a `volumeMount`, `readOnly: true`) and have the application read the file, e.g. through a `*_FILE` variable that many images support (`POSTGRES_PASSWORD_FILE`).',
    fix: 'none',
    messages: {
      keyRef: '{{container}} of {{resource}} reads {{key}} of {{secretName}} into environment variable {{env}}: child processes, crash dumps and debug output see it; mount the Secret as a file instead.',
      envFrom: '{{container}} of {{resource}} imports every key of {{secretName}} as environment variables: child processes, crash dumps and debug output see them; mount the Secret as files instead.',
    },
    peers: ['CKV_K8S_35', 'KICS 3d658f8b', 'kube-linter read-secret-from-env-var', 'kubesec SecretsAsEnvironmentVariables', 'Datree CIS_INVALID_KEY_SECRETKEYREF_SECRETREF'],
  },
  check(ctx) {
    // object-references.ts `configReferences` walks the same entries, but only for names it can
    // read; here a name a template prints still makes a reference, and the report goes on the key.
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const doc = pod.object.doc;
      for (const container of containers) {
        const base = { container: describeContainer(container), resource: describeObject(pod.object) };
        const resource = resourceOf(pod.object);
        for (const item of asSeq(deref(doc, getPair(container.map, 'env')?.value))?.items ?? []) {
          const entry = asMap(deref(doc, item));
          const refPair = getPair(asMap(deref(doc, getPair(entry, 'valueFrom')?.value)), 'secretKeyRef');
          const ref = asMap(deref(doc, refPair?.value));
          const range = refPair && ref && keyRange(ctx.lines, refPair);
          if (!range) continue;
          // Names are for the message only: a name a template prints leaves the finding certain.
          const data = { ...base, env: labelString(entry, 'name', '(templated)') ?? '(unnamed)', secretName: secretLabel(ref), key: quoted(labelString(ref, 'key'), 'key', 'a key the template names') };
          ctx.report({ messageId: 'keyRef', range, data, resource });
        }
        for (const item of asSeq(deref(doc, getPair(container.map, 'envFrom')?.value))?.items ?? []) {
          const refPair = getPair(asMap(deref(doc, item)), 'secretRef');
          const ref = asMap(deref(doc, refPair?.value));
          const range = refPair && ref && keyRange(ctx.lines, refPair);
          if (!range) continue;
          ctx.report({ messageId: 'envFrom', range, data: { ...base, secretName: secretLabel(ref) }, resource });
        }
      }
    }
  },
});
