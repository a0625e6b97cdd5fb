import { controlPlaneContainers, describeComponent, flagList, flagOf, flagRange, missingFlagRange, upsertFlagEdits } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { getMapAt, getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';
import { defineRule } from '../../server/src/engine/rule';

/** The modes the API server must include; the kubelet must delegate to the API server (Webhook). */
const REQUIRED = { 'kube-apiserver': ['Node', 'RBAC'], kubelet: ['Webhook'] } as const;

export default defineRule({
  meta: {
    id: 'K8S071',
    slug: 'control-plane-authorization-mode',
    kind: 'kubernetes',
    title: 'API server and kubelet must authorize requests (no AlwaysAllow)',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      '`--authorization-mode` decides whether an authenticated request is allowed. `AlwaysAllow` (the default when the flag is missing) lets every identity do everything; without `RBAC` no role limits anyone, and without `Node` kubelets can read every Secret instead of only those of their own pods. On the kubelet, anything but `Webhook` skips the API server\'s RBAC for the kubelet API (exec, logs, pod listing). SOC 2 CC6.1 and CC6.3 require access decisions enforced by role.',
    remediation: 'Use `--authorization-mode=Node,RBAC` on kube-apiserver (add `Webhook` if you use one) and `--authorization-mode=Webhook` on the kubelet (`authorization.mode: Webhook` in a KubeletConfiguration).',
    fix: 'quickfix',
    messages: {
      alwaysAllow: '{{component}} authorizes with {{value}}: every authenticated request is allowed.',
      missingMode: '{{component}} --authorization-mode={{value}} lacks {{missing}}: requests are not limited by {{missing}}.',
      missing: '{{component}} does not set --authorization-mode: it defaults to AlwaysAllow, so every authenticated request is allowed.',
      config: '{{component}} sets authorization.mode: {{value}}: the kubelet API does not ask the API server (RBAC) who may exec, read logs or list pods.',
    },
    peers: ['CKV_K8S_74', 'CKV_K8S_75', 'CKV_K8S_77', 'CKV_K8S_139', 'KICS f1f4d8da', 'KICS 1aa4a1ae', 'KICS 4d7ee40f', 'KCV-0007', 'KCV-0008', 'KCV-0009', 'KCV-0080'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver' && cp.component !== 'kubelet') continue;
      const required: readonly string[] = REQUIRED[cp.component];
      const flag = flagOf(cp, 'authorization-mode');
      const modes = flagList(flag);
      const missing = required.filter((m) => !modes.includes(m));
      const alwaysAllow = modes.includes('AlwaysAllow');
      if (flag && !alwaysAllow && missing.length === 0) continue;
      const range = flag ? flagRange(ctx.lines, flag) : missingFlagRange(ctx.lines, cp);
      if (!range) continue;
      // Keep other modes (Webhook, ABAC) in their order; required ones go first, AlwaysAllow goes.
      const fixed = [...required, ...modes.filter((m) => m !== 'AlwaysAllow' && !required.includes(m))].join(',');
      const edits = upsertFlagEdits(ctx.lines, cp, 'authorization-mode', fixed);
      ctx.report({
        messageId: !flag ? 'missing' : alwaysAllow ? 'alwaysAllow' : 'missingMode',
        range,
        data: { component: describeComponent(cp), value: flag?.value ?? '', missing: missing.join(' and ') },
        resource: resourceOf(cp.container.pod.object),
        ...(edits ? { fix: { title: `Set --authorization-mode=${fixed}`, edits } } : {}),
      });
    }
    // A KubeletConfiguration file defaults to Webhook (v1beta1), so only an explicit other mode is reported.
    for (const object of ctx.objects) {
      if (object.kind !== 'KubeletConfiguration' || !object.apiVersion.startsWith('kubelet.config.k8s.io/')) continue;
      const pair = getPair(getMapAt(object.map, 'authorization'), 'mode');
      const value = scalarValue(pair?.value);
      const range = pair && typeof value === 'string' && value !== 'Webhook' ? nodeRange(ctx.lines, pair.value) : undefined;
      if (!pair || !range) continue;
      ctx.report({ messageId: 'config', range, data: { component: 'KubeletConfiguration', value: String(value), missing: '' }, resource: resourceOf(object), fix: { title: 'Set authorization.mode: Webhook', edits: [replaceNode(ctx.lines, pair.value, 'Webhook')] } });
    }
  },
});
