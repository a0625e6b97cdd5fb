import type { Env } from 'dockerfile-ast';
import { removeInstructionEdit } from '../../server/src/engine/dockerfile-edit';
import { programOf, removeWordsEdit, stageResource, stageRuns, wordRange, type ShellWord } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix, Range, TextEdit } from '../../server/src/engine/types';

/**
 * TLS or package-signature verification switched off in RUN or ENV. Flags are fixed by removing
 * them (with the value of `--trusted-host`); variables by removing the assignment. Persistent
 * configuration (`npm config set strict-ssl false`, `git config http.sslVerify false`, `sslverify=0`
 * written to a repo file) is reported without a fix: undoing it means changing the command.
 */
const FLAGS: Record<string, string[]> = {
  wget: ['--no-check-certificate'],
  curl: ['--insecure', '-k'],
  'apt-get': ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories'],
  apt: ['--allow-unauthenticated', '--allow-insecure-repositories'],
  aptitude: ['--allow-untrusted'],
  yum: ['--nogpgcheck'],
  dnf: ['--nogpgcheck'],
  microdnf: ['--nogpgcheck'],
  tdnf: ['--nogpgcheck'],
  zypper: ['--no-gpg-checks', '--no-gpg-check'],
  apk: ['--allow-untrusted'],
  rpm: ['--nosignature', '--nodigest'],
  npm: ['--strict-ssl=false'],
  yarn: ['--strict-ssl=false'],
  pnpm: ['--strict-ssl=false'],
};

/** Environment variables that disable verification, with the values that do it. */
const ENV_VARS: Record<string, (value: string) => boolean> = {
  GIT_SSL_NO_VERIFY: () => true, // git only checks that it is set
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v.trim() === '0',
  PYTHONHTTPSVERIFY: (v) => v.trim() === '0',
};

function disablesTls(name: string, value: string): boolean {
  return Object.prototype.hasOwnProperty.call(ENV_VARS, name) && ENV_VARS[name]!(value);
}

const ENV_NAMES = new RegExp(Object.keys(ENV_VARS).join('|'));

const SSLVERIFY_OFF = /sslverify\s*=\s*(0|false|no)\b/i;

export default defineRule({
  meta: {
    id: 'DF014',
    slug: 'no-disabled-verification',
    kind: 'dockerfile',
    title: 'Builds must not disable TLS or signature verification',
    controls: ['CC6.8'],
    severity: 'error',
    description:
      'Flags such as `curl -k`, `wget --no-check-certificate`, `apt-get --allow-unauthenticated`, `yum --nogpgcheck`, `apk --allow-untrusted`, `rpm --nosignature`, `pip --trusted-host`, `npm strict-ssl false`, and variables such as `GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0` or `PYTHONHTTPSVERIFY=0` turn off the checks that prove a download comes from its publisher unmodified. Anyone on the network path can then substitute packages or code that end up in the image. SOC 2 CC6.8 expects software to be verified before it is introduced.',
    remediation:
      'Remove the flag or variable. If a private registry or proxy uses its own certificate authority, add that CA to the image\'s trust store (`COPY corp-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates`) instead of disabling verification; import repository signing keys instead of skipping signature checks.',
    fix: 'quickfix',
    messages: {
      flag: '"{{tool}} {{flag}}" disables {{what}} in stage "{{stage}}": tampered downloads would enter the image unnoticed (SOC 2 CC6.8).',
      env: '{{name}}={{value}} disables TLS certificate verification in stage "{{stage}}": tampered downloads would enter the image unnoticed (SOC 2 CC6.8).',
      config: '"{{setting}}" permanently disables verification in stage "{{stage}}": tampered downloads would enter the image unnoticed (SOC 2 CC6.8).',
    },
    peers: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11', 'CKV2_DOCKER_12', 'CKV2_DOCKER_13', 'CKV2_DOCKER_14', 'CKV2_DOCKER_15', 'CKV2_DOCKER_16'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    const range = (w: ShellWord): Range => wordRange(ctx.lines, w);
    const removal = (title: string, words: ShellWord[]): Fix => ({ title, edits: [removeWordsEdit(ctx.lines, words)] });
    for (const { stage, script } of stageRuns(model, ctx.lines)) {
      const base = { stage: stageResource(stage).name };
      const resource = stageResource(stage);
      for (const command of script.commands) {
        for (const a of command.assignments) {
          const [name, ...rest] = a.text.split('=');
          const value = rest.join('=');
          if (!disablesTls(name!, value)) continue;
          const fix = command.words.length > 0 ? removal(`Remove ${name}`, [a]) : undefined;
          ctx.report({ messageId: 'env', range: range(a), data: { ...base, name: name!, value }, resource, fix });
        }
        const program = programOf(command);
        if (!program) continue;
        const { name, args } = program;
        if (name === 'export' || name === 'set') {
          for (const a of args) {
            const [n, ...rest] = a.text.split('=');
            if (disablesTls(n!, rest.join('='))) ctx.report({ messageId: 'env', range: range(a), data: { ...base, name: n!, value: rest.join('=') }, resource });
          }
          continue;
        }
        const tool = /^pip[\d.]*$/.test(name) ? 'pip' : /^python[\d.]*$/.test(name) && args[0]?.text === '-m' && /^pip/.test(args[1]?.text ?? '') ? 'pip' : name;
        // `apk index --allow-untrusted` indexes packages built in the same step: only installing from a repository skips checks.
        // So does `apk add --allow-untrusted /tmp/packages/*.apk`: local packages built by an earlier stage carry no signature.
        const apkOperands = args.filter((a) => !a.text.startsWith('-')).slice(1);
        const localOnly = apkOperands.length > 0 && apkOperands.every((a) => /^[./$]/.test(a.text) || a.text.endsWith('.apk'));
        const installs = tool !== 'apk' || (args.some((a) => a.text === 'add' || a.text === 'fix' || a.text === 'upgrade') && !localOnly);
        const flags = (installs && Object.prototype.hasOwnProperty.call(FLAGS, tool) ? FLAGS[tool] : undefined) ?? [];
        // Per command, not per word: this loop sees every word of every RUN on every keystroke.
        const what = tool === 'curl' || tool === 'wget' || tool === 'pip' || /^(npm|yarn|pnpm)$/.test(tool) ? 'TLS certificate verification' : 'package signature verification';
        const yumLike = /^(yum|dnf|microdnf|tdnf)$/.test(tool);
        args.forEach((a, k) => {
          if (flags.includes(a.text)) {
            ctx.report({ messageId: 'flag', range: range(a), data: { ...base, tool: name, flag: a.text, what }, resource, fix: removal(`Remove ${a.text}`, [a]) });
          } else if (tool === 'curl' && /^-[a-zA-Z]*k[a-zA-Z]*$/.test(a.text)) {
            // Combined short options (`-fsSLk`): drop the k, keep the rest.
            const edit: TextEdit = { range: range(a), newText: a.text.replace('k', '') };
            ctx.report({ messageId: 'flag', range: range(a), data: { ...base, tool: name, flag: '-k', what }, resource, fix: { title: 'Remove -k', edits: [edit] } });
          } else if (tool === 'pip' && (a.text === '--trusted-host' || a.text.startsWith('--trusted-host='))) {
            const words = a.text === '--trusted-host' && args[k + 1] ? [a, args[k + 1]!] : [a];
            ctx.report({ messageId: 'flag', range: range(a), data: { ...base, tool: 'pip', flag: '--trusted-host', what }, resource, fix: removal('Remove --trusted-host', words) });
          } else if (yumLike && /^--setopt=(.*\.)?sslverify=(0|false|no)$/i.test(a.text)) {
            ctx.report({ messageId: 'flag', range: range(a), data: { ...base, tool: name, flag: a.text, what: 'TLS certificate verification' }, resource, fix: removal(`Remove ${a.text}`, [a]) });
          } else if (tool === 'git' && a.text === '-c' && /^http\.sslverify=(false|0|no)$/i.test(args[k + 1]?.text ?? '')) {
            ctx.report({ messageId: 'flag', range: range(args[k + 1]!), data: { ...base, tool: 'git', flag: `-c ${args[k + 1]!.text}`, what: 'TLS certificate verification' }, resource, fix: removal('Remove -c http.sslVerify=false', [a, args[k + 1]!]) });
          } else if (SSLVERIFY_OFF.test(a.text) && !/^--setopt=/.test(a.text)) {
            ctx.report({ messageId: 'config', range: range(a), data: { ...base, setting: a.text }, resource });
          }
        });
        const words = args.map((a) => a.text.toLowerCase());
        const configSet = words[0] === 'config' && (words[1] === 'set' || words[1] === '--global' || words[1] === '--system');
        if (/^(npm|yarn|pnpm)$/.test(tool) && configSet && words.includes('strict-ssl') && words[words.indexOf('strict-ssl') + 1] === 'false') {
          ctx.report({ messageId: 'config', range: range(args[words.indexOf('strict-ssl')]!), data: { ...base, setting: `${name} config set strict-ssl false` }, resource });
        } else if (tool === 'git' && words[0] === 'config') {
          const i = words.indexOf('http.sslverify');
          if (i >= 0 && /^(false|0|no)$/.test(words[i + 1] ?? '')) ctx.report({ messageId: 'config', range: range(args[i]!), data: { ...base, setting: 'git config http.sslVerify false' }, resource });
        } else if (tool === 'pip' && words[0] === 'config' && words.some((w) => w.endsWith('.trusted-host'))) {
          ctx.report({ messageId: 'config', range: range(args[words.findIndex((w) => w.endsWith('.trusted-host'))]!), data: { ...base, setting: 'pip config trusted-host' }, resource });
        }
      }
    }
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'ENV') continue;
        // getProperties() re-reads the instruction each call: only do it when a variable is named.
        const range = instruction.getRange();
        if (!ENV_NAMES.test(ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end)))) continue;
        const properties = (instruction as Env).getProperties();
        properties.forEach((p, k) => {
          const name = p.getName();
          const value = p.getValue() ?? '';
          if (!disablesTls(name, value.replace(/^(["'])(.*)\1$/, '$2'))) return;
          let edit: TextEdit;
          if (properties.length === 1) edit = removeInstructionEdit(ctx.lines, instruction);
          else {
            const start = k > 0 ? properties[k - 1]!.getRange().end : p.getRange().start;
            const end = k > 0 ? p.getRange().end : properties[k + 1]!.getRange().start;
            edit = { range: { start, end }, newText: '' };
          }
          ctx.report({ messageId: 'env', range: p.getRange(), data: { stage: stageResource(stage).name, name, value }, resource: stageResource(stage), fix: { title: `Remove ${name}`, edits: [edit] } });
        });
      }
    }
  },
});
