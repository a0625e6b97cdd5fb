import { controlPlaneContainers, describeComponent, flagOf, flagRange, missingFlagRange, upsertFlagEdits } from '../../server/src/engine/control-plane';
import { k8sBoolean, resourceOf } from '../../server/src/engine/kubernetes';
import { getMapAt, getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'K8S070',
    slug: 'control-plane-no-anonymous-auth',
    kind: 'kubernetes',
    title: 'API server and kubelet must reject anonymous requests',
    controls: ['CC6.2', 'CC6.1'],
    severity: 'error',
    description:
      'With `--anonymous-auth` on (the default for both the API server and the kubelet), requests without credentials are served as `system:anonymous`. Any RBAC grant to that user or to `system:unauthenticated`, and on the kubelet any authorization mode other than Webhook, then opens the component to anyone who can reach its port, with no identity in the audit trail. SOC 2 CC6.2 expects every access to be authenticated.',
    remediation: 'Set `--anonymous-auth=false` on kube-apiserver and on the kubelet (`authentication.anonymous.enabled: false` in a KubeletConfiguration). Health checks keep working through `/livez` and `/readyz` with the kubelet\'s or load balancer\'s credentials, or through the API server\'s `--anonymous-auth` configuration in an AuthenticationConfiguration limited to health endpoints.',
    fix: 'quickfix',
    messages: {
      enabled: '{{component}} sets --anonymous-auth={{value}}: unauthenticated requests are served as system:anonymous.',
      missing: '{{component}} does not set --anonymous-auth=false: it defaults to true, so unauthenticated requests are served as system:anonymous.',
      config: '{{component}} sets authentication.anonymous.enabled: true: unauthenticated requests to the kubelet API are served as system:anonymous.',
    },
    peers: ['CKV_K8S_68', 'CKV_K8S_138', 'KICS 1de5cc51', 'KCV-0001', 'KCV-0079'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver' && cp.component !== 'kubelet') continue;
      const flag = flagOf(cp, 'anonymous-auth');
      if (flag && flag.value.toLowerCase() === 'false') continue;
      const range = flag ? flagRange(ctx.lines, flag) : missingFlagRange(ctx.lines, cp);
      if (!range) continue;
      const edits = upsertFlagEdits(ctx.lines, cp, 'anonymous-auth', 'false');
      ctx.report({
        messageId: flag ? 'enabled' : 'missing',
        range,
        data: { component: describeComponent(cp), value: flag?.value ?? '' },
        resource: resourceOf(cp.container.pod.object),
        ...(edits ? { fix: { title: 'Set --anonymous-auth=false', edits } } : {}),
      });
    }
    // A KubeletConfiguration file defaults to false (v1beta1), so only an explicit true is reported.
    for (const object of ctx.objects) {
      if (object.kind !== 'KubeletConfiguration' || !object.apiVersion.startsWith('kubelet.config.k8s.io/')) continue;
      const pair = getPair(getMapAt(object.map, 'authentication', 'anonymous'), 'enabled');
      const range = pair && k8sBoolean(pair.value) === true ? nodeRange(ctx.lines, pair.value) : undefined;
      if (!pair || !range) continue;
      ctx.report({ messageId: 'config', range, data: { component: 'KubeletConfiguration' }, resource: resourceOf(object), fix: { title: 'Set authentication.anonymous.enabled: false', edits: [replaceNode(ctx.lines, pair.value, 'false')] } });
    }
  },
});
