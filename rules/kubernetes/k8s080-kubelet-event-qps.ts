import { controlPlaneContainers, describeComponent, flagOf, flagRange, setFlagEdit } from '../../server/src/engine/control-plane';
import { k8sInteger, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/** Below the kubelet's own default (50 per second since 1.27) events are dropped under load. */
const MIN_QPS = 50;

export default defineRule({
  meta: {
    id: 'K8S080',
    slug: 'kubelet-event-qps',
    kind: 'kubernetes',
    title: 'Kubelet must not throttle event recording',
    controls: ['CC7.2'],
    severity: 'warning',
    description:
      'The kubelet drops Kubernetes events beyond `--event-qps` (`eventRecordQPS` in a KubeletConfiguration) per second. A low limit loses events exactly when many happen at once, during an incident, so monitoring and investigation miss pod kills, failed mounts and image pulls. SOC 2 CC7.2 expects the capture of security-relevant events to be complete. `0` means unlimited.',
    remediation: 'Set `--event-qps=0` (or `eventRecordQPS: 0`), or a limit at least as high as the default of 50, sized for your event volume.',
    fix: 'quickfix',
    messages: {
      throttled: '{{component}} limits event recording to {{value}} per second: events beyond that are dropped.',
    },
    peers: ['CKV_K8S_147', 'KICS 1a07a446', 'KCV-0087'],
  },
  check(ctx) {
    const low = (n: number) => Number.isFinite(n) && n > 0 && n < MIN_QPS;
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kubelet') continue;
      const flag = flagOf(cp, 'event-qps');
      const range = flag && low(Number(flag.value)) ? flagRange(ctx.lines, flag) : undefined;
      if (!flag || !range) continue;
      ctx.report({ messageId: 'throttled', range, data: { component: describeComponent(cp), value: flag.value }, resource: resourceOf(cp.container.pod.object), fix: { title: 'Set --event-qps=0 (unlimited)', edits: setFlagEdit(ctx.lines, flag, '0') } });
    }
    for (const object of ctx.objects) {
      if (object.kind !== 'KubeletConfiguration' || !object.apiVersion.startsWith('kubelet.config.k8s.io/')) continue;
      const pair = getPair(object.map, 'eventRecordQPS');
      const value = k8sInteger(pair?.value);
      const range = pair && value !== undefined && low(value) ? nodeRange(ctx.lines, pair.value) : undefined;
      if (!pair || !range) continue;
      ctx.report({ messageId: 'throttled', range, data: { component: 'KubeletConfiguration', value: String(value) }, resource: resourceOf(object), fix: { title: 'Set eventRecordQPS: 0 (unlimited)', edits: [replaceNode(ctx.lines, pair.value, '0')] } });
    }
  },
});
