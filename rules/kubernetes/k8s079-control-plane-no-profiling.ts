import { controlPlaneContainers, describeComponent, flagOf, flagRange, missingFlagRange, upsertFlagEdits } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'K8S079',
    slug: 'control-plane-no-profiling',
    kind: 'kubernetes',
    title: 'Control-plane components must not expose profiling endpoints',
    controls: ['CC7.2', 'CC6.6'],
    severity: 'warning',
    description:
      'kube-apiserver, kube-controller-manager and kube-scheduler serve Go profiling data under `/debug/pprof` unless `--profiling=false` (the default is true). The endpoints reveal internals of the running process and are an easy way to load it, and they are rarely needed in production. SOC 2 CC6.6 and CC7.2 expect unneeded interfaces to be disabled on the systems that are monitored.',
    remediation: 'Set `--profiling=false`; enable it temporarily while diagnosing a performance problem.',
    fix: 'quickfix',
    messages: {
      enabled: '{{component}} sets --profiling={{value}}: /debug/pprof endpoints are served.',
      missing: '{{component}} does not set --profiling=false: profiling is on by default.',
    },
    peers: ['CKV_K8S_90', 'CKV_K8S_107', 'CKV_K8S_114', 'KICS 2f491173', 'KCV-0018', 'KCV-0034', 'KCV-0040'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver' && cp.component !== 'kube-controller-manager' && cp.component !== 'kube-scheduler') continue;
      const flag = flagOf(cp, 'profiling');
      if (flag && flag.value.toLowerCase() === 'false') continue;
      const range = flag ? flagRange(ctx.lines, flag) : missingFlagRange(ctx.lines, cp);
      if (!range) continue;
      const edits = upsertFlagEdits(ctx.lines, cp, 'profiling', 'false');
      ctx.report({ messageId: flag ? 'enabled' : 'missing', range, data: { component: describeComponent(cp), value: flag?.value ?? '' }, resource: resourceOf(cp.container.pod.object), ...(edits ? { fix: { title: 'Set --profiling=false', edits } } : {}) });
    }
  },
});
