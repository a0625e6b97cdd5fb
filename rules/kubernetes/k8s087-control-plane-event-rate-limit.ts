import { addFlagEdit, admissionPlugins, admissionPluginsRange, controlPlaneContainers, describeComponent, enableAdmissionPluginFix, flagOf, flagRange } from '../../server/src/engine/control-plane';
import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, getPair, getString, keyRange, nodeRange } from '../../server/src/engine/yaml';

/** Where the API server reads plugin configuration from when the manifest names no file yet. */
const CONFIG_PATH = '/etc/kubernetes/admission/admission-configuration.yaml';

export default defineRule({
  meta: {
    id: 'K8S087',
    slug: 'control-plane-event-rate-limit',
    kind: 'kubernetes',
    title: 'API server should rate-limit Event writes (EventRateLimit admission plugin)',
    controls: ['A1.2', 'CC7.2'],
    severity: 'info',
    profile: 'strict',
    description:
      'Every Pod restart, failed mount or probe failure writes an Event. A crash-looping workload, a misbehaving controller or a hostile tenant can write them faster than etcd and the API server absorb, slowing every other request and pushing the events an investigation needs out of their short retention. The `EventRateLimit` admission plugin caps Event writes per server, namespace, user or source object, so one noisy party cannot starve the control plane (SOC 2 A1.2) or drown the record of what happened (CC7.2). An `AdmissionConfiguration` file in the repository that does not configure it is reported too. The rule is in the `strict` profile: the plugin is still alpha, needs a limits file mounted into the API server, and managed control planes often protect themselves with API Priority and Fairness instead; so the fix is a suggestion to review, never applied in bulk.',
    remediation:
      'Write an `AdmissionConfiguration` with an `EventRateLimit` entry (its `eventratelimit.admission.k8s.io/v1alpha1` `Configuration` lists `limits` per `Server`, `Namespace`, `User` or `SourceAndObject`), mount it into the API server Pod, pass it with `--admission-control-config-file`, and add `EventRateLimit` to `--enable-admission-plugins`.',
    fix: 'suggestion',
    messages: {
      notEnabled: '{{component}} does not enable EventRateLimit: a flood of Event writes can slow the API server for everyone and push needed events out of retention.',
      notConfigured: '{{resource}} does not configure the EventRateLimit plugin: without it the API server cannot cap Event writes.',
    },
    peers: ['CKV_K8S_78', 'KICS e0099af2', 'KCV-0010'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      const { enabled, disabled } = admissionPlugins(cp);
      if (enabled.includes('EventRateLimit') && !disabled.includes('EventRateLimit')) continue;
      const disable = disabled.includes('EventRateLimit') ? flagOf(cp, 'disable-admission-plugins') : undefined;
      const range = disable ? flagRange(ctx.lines, disable) : admissionPluginsRange(ctx.lines, cp);
      if (!range) continue;
      const enable = disable ? undefined : enableAdmissionPluginFix(ctx.lines, cp, 'EventRateLimit');
      const suggestions: Fix[] = [];
      if (enable) {
        // The plugin refuses to start without its limits, so the suggestion also names a configuration file.
        const config = flagOf(cp, 'admission-control-config-file') ? undefined : addFlagEdit(ctx.lines, cp, 'admission-control-config-file', CONFIG_PATH);
        suggestions.push(config ? { title: `${enable.title} and pass --admission-control-config-file (write and mount the file)`, edits: [...enable.edits, config] } : { title: `${enable.title} (configure its limits in the admission configuration file)`, edits: enable.edits });
      }
      ctx.report({ messageId: 'notEnabled', range, data: { component: describeComponent(cp) }, resource: resourceOf(cp.container.pod.object), suggestions });
    }
    for (const object of ctx.objects) {
      if (object.kind !== 'AdmissionConfiguration' || !/^apiserver\.(config\.)?k8s\.io\//.test(object.apiVersion)) continue;
      const plugins = getPair(object.map, 'plugins');
      const names = (asSeq(plugins?.value)?.items ?? []).map((item) => getString(asMap(item), 'name'));
      if (names.includes('EventRateLimit')) continue;
      const range = plugins ? keyRange(ctx.lines, plugins) : nodeRange(ctx.lines, getPair(object.map, 'kind')?.value);
      if (range) ctx.report({ messageId: 'notConfigured', range, data: { resource: describeObject(object) }, resource: resourceOf(object) });
    }
  },
});
