import { readFlags } from '../../server/src/engine/control-plane';
import { parseImageReference } from '../../server/src/engine/images';
import { describeContainer, describeObject, resourceOf, workloadContainers, type ContainerRef } from '../../server/src/engine/kubernetes';
import { containerImage } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import { asSeq, deref, getNode, getPair, getString, isMap, nodeRange, scalarValue, type YAMLMap } from '../../server/src/engine/yaml';
import { isEmptyValue } from '../../server/src/engine/yaml-edit';

/**
 * git-sync settings that decide what git-sync executes: the git binary it runs (`--git`) and git
 * configuration it applies (`--git-config`, where `core.sshCommand` and friends name commands).
 * Environment names of git-sync v4 (`GITSYNC_`) and v3 (`GIT_SYNC_`).
 */
const ENV_SETTINGS: Record<string, 'git' | 'gitConfig'> = {
  GITSYNC_GIT: 'git',
  GIT_SYNC_GIT: 'git',
  GITSYNC_GIT_CONFIG: 'gitConfig',
  GIT_SYNC_GIT_CONFIG: 'gitConfig',
};
const FLAG_SETTINGS: Record<string, 'git' | 'gitConfig'> = { git: 'git', 'git-config': 'gitConfig' };

/** git-sync images: `registry.k8s.io/git-sync/git-sync`, `k8s.gcr.io/git-sync`, mirrors and forks named `git-sync`. */
function runsGitSync(container: ContainerRef): boolean {
  const image = containerImage(container);
  const reference = image && parseImageReference(image.value);
  if (!reference || reference.unknown.repository) return false;
  return reference.repository.split('/').pop() === 'git-sync';
}

/** True when an env entry gives the variable a value (a literal or a `valueFrom` source). */
function hasValue(entry: YAMLMap): boolean {
  const value = getPair(entry, 'value');
  if (value && !isEmptyValue(value.value) && String(scalarValue(value.value) ?? 'x') !== '') return true;
  return getPair(entry, 'valueFrom') !== undefined && !isEmptyValue(getNode(entry, 'valueFrom'));
}

export default defineRule({
  meta: {
    id: 'K8S039',
    slug: 'no-git-sync-command-injection',
    kind: 'kubernetes',
    title: 'git-sync must not take its git binary or git configuration from settings',
    controls: ['CC6.8', 'CC6.1'],
    severity: 'warning',
    description:
      'git-sync can be told which git binary to run (`--git`, `GITSYNC_GIT`) and which git configuration to apply (`--git-config`, `GITSYNC_GIT_CONFIG`); git configuration names programs too (`core.sshCommand`, `core.fsmonitor`, credential helpers). Whoever can change those settings (edit the Deployment, or the ConfigMap an environment variable is read from) can make git-sync run any command inside the pod, with its credentials and mounted volumes, without changing the image. Such a path to run unreviewed code is what SOC 2 CC6.8 (preventing unauthorised software) and CC6.1 (access boundaries) guard against. The rule reports those environment variables (v4 `GITSYNC_` and v3 `GIT_SYNC_` names) in any container, as Checkov does, and the `--git`/`--git-config` flags in containers whose image is git-sync.',
    remediation:
      'Remove the setting and use the git binary and defaults shipped in the git-sync image; put needed options in the repository URL or in dedicated git-sync flags. Where a git configuration is unavoidable, keep it in the manifest (not a ConfigMap others can edit), restrict who may update the workload with RBAC, and suppress the finding with the reason.',
    fix: 'none',
    messages: {
      git: '{{subject}} of {{resource}} sets {{setting}}: git-sync runs whatever binary it names, so anyone who can change it can execute arbitrary commands in the pod.',
      gitConfig: '{{subject}} of {{resource}} sets {{setting}}: git configuration can name commands (core.sshCommand, core.fsmonitor), so anyone who can change it can make git-sync execute arbitrary commands in the pod.',
    },
    peers: ['CKV_K8S_159'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const data = { subject: describeContainer(container), resource: describeObject(pod.object) };
        for (const item of asSeq(getNode(container.map, 'env'))?.items ?? []) {
          const resolved = deref(pod.object.doc, item);
          if (!isMap(resolved)) continue;
          const entry = resolved as YAMLMap;
          const name = getString(entry, 'name');
          const setting = name !== undefined && Object.prototype.hasOwnProperty.call(ENV_SETTINGS, name) ? ENV_SETTINGS[name] : undefined;
          if (!setting || !hasValue(entry)) continue;
          const range = nodeRange(ctx.lines, getNode(entry, 'name'));
          if (range) ctx.report({ messageId: setting, range, data: { ...data, setting: name! }, resource: resourceOf(pod.object) });
        }
        if (!runsGitSync(container)) continue;
        for (const key of ['command', 'args'] as const) {
          const pair = getPair(container.map, key);
          const seq = asSeq(pair?.value);
          if (!pair || !seq) continue;
          // `command` starts with the program; `args` holds only flags.
          for (const flag of readFlags(seq, pair, key === 'command' ? 1 : 0)) {
            const setting = Object.prototype.hasOwnProperty.call(FLAG_SETTINGS, flag.name) ? FLAG_SETTINGS[flag.name] : undefined;
            if (!setting || flag.value.trim() === '') continue;
            const range = nodeRange(ctx.lines, flag.node);
            if (range) ctx.report({ messageId: setting, range, data: { ...data, setting: `--${flag.name}` }, resource: resourceOf(pod.object) });
          }
        }
      }
    }
  },
});
