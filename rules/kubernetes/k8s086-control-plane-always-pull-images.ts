import { admissionPlugins, admissionPluginsRange, controlPlaneContainers, describeComponent, enableAdmissionPluginFix, flagOf, flagRange, upsertFlagEdits } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'K8S086',
    slug: 'control-plane-always-pull-images',
    kind: 'kubernetes',
    title: 'API server should enable the AlwaysPullImages admission plugin',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'warning',
    profile: 'strict',
    description:
      'A node keeps every image it has pulled. Without the `AlwaysPullImages` admission plugin, any Pod scheduled there can start a private image already in the node\'s cache just by naming it, without holding the pull secret the registry would have asked for: one tenant runs, and reads, another tenant\'s private software. The plugin sets `imagePullPolicy: Always` on every new Pod, so the registry checks the Pod\'s credentials on each start. SOC 2 CC6.1 and CC6.3 expect access to be enforced per tenant. The rule is in the `strict` profile: the plugin adds a registry round-trip to every Pod start and makes restarts depend on the registry being reachable, and single-tenant clusters, where every workload may use every image, often leave it off on purpose. K8S023 asks the same of each workload\'s own `imagePullPolicy`.',
    remediation: 'Add `AlwaysPullImages` to `--enable-admission-plugins` (or to `--admission-control` on API servers still using that deprecated flag), and make sure the registry or a pull-through cache can serve every Pod start.',
    fix: 'quickfix',
    messages: {
      notEnabled: '{{component}} does not enable AlwaysPullImages: any Pod on a node can run a private image cached there by another tenant without its pull credentials.',
      disabled: '{{component}} disables AlwaysPullImages: any Pod on a node can run a private image cached there by another tenant without its pull credentials.',
    },
    peers: ['CKV_K8S_80', 'KICS a77f4d07', 'KCV-0012'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      const { enabled, disabled } = admissionPlugins(cp);
      if (enabled.includes('AlwaysPullImages') && !disabled.includes('AlwaysPullImages')) continue;
      const data = { component: describeComponent(cp) };
      const resource = resourceOf(cp.container.pod.object);
      const fix = enableAdmissionPluginFix(ctx.lines, cp, 'AlwaysPullImages');
      const disable = flagOf(cp, 'disable-admission-plugins');
      if (disable && disabled.includes('AlwaysPullImages')) {
        // Off by default, so leaving the disable list is not enough: one fix edits both flags.
        const range = flagRange(ctx.lines, disable);
        const rest = upsertFlagEdits(ctx.lines, cp, 'disable-admission-plugins', disabled.filter((p) => p !== 'AlwaysPullImages').join(','));
        const both = fix && rest && !enabled.includes('AlwaysPullImages') ? { title: `Remove AlwaysPullImages from --disable-admission-plugins; ${fix.title}`, edits: [...rest, ...fix.edits] } : rest ? { title: 'Stop disabling AlwaysPullImages', edits: rest } : undefined;
        if (range) ctx.report({ messageId: 'disabled', range, data, resource, ...(both ? { fix: both } : {}) });
        continue;
      }
      const range = admissionPluginsRange(ctx.lines, cp);
      if (range) ctx.report({ messageId: 'notEnabled', range, data, resource, ...(fix ? { fix } : {}) });
    }
  },
});
