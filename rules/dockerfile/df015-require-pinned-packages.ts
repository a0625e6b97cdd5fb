import { programOf, stageResource, stageRuns, wordRange, type ShellWord } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * Packages installed without a version, per package manager. Deliberately conservative, after the
 * false positives peers' users report (CATALOG §3.3): nothing is reported for variables (`$PKGS`),
 * local files and URLs (`./x.deb`, `*.whl`, `git+https://…`), apt with `-t`/`--target-release` or
 * `pkg/release`, pip with requirements or constraints files (`-r`, `-c`: the versions live there),
 * `npm install` without package names (the lockfile pins), and upgrades of the installer itself
 * (`pip install -U pip`), which bootstrap tooling rather than add dependencies.
 */
interface Manager {
  /** Sub-commands that install named packages. */
  verbs: Set<string>;
  /** Options that take a separate value. */
  valued: Set<string>;
  pinned(word: string, args: string[]): boolean;
  /** When true, the whole command is left alone. */
  skipAll?(args: string[]): boolean;
}

const PEP440 = /(==|===|~=|!=|<=|>=|<|>|=|@)/;

const MANAGERS: Record<string, Manager> = {
  'apt-get': {
    verbs: new Set(['install']),
    valued: new Set(['-o', '-c', '--option', '--config-file']),
    pinned: (w) => w.includes('=') || w.includes('/'),
    skipAll: (args) => args.some((a) => a === '-t' || a.startsWith('--target-release') || a.startsWith('--default-release')),
  },
  apk: {
    verbs: new Set(['add']),
    valued: new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--keys-dir', '--cache-dir', '--arch']),
    pinned: (w) => /[=<>~]/.test(w),
  },
  pip: {
    verbs: new Set(['install']),
    valued: new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--trusted-host', '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--cache-dir', '--src', '--upgrade-strategy', '--log', '--proxy', '--timeout', '--retries', '--only-binary', '--no-binary', '-C', '--config-settings', '--progress-bar']),
    pinned: (w, args) => PEP440.test(w) || (/^(pip|setuptools|wheel)$/i.test(w) && args.some((a) => a === '-U' || a === '--upgrade')),
    skipAll: (args) => args.some((a) => a === '-c' || a === '--constraint' || a.startsWith('--constraint=')),
  },
  npm: {
    verbs: new Set(['install', 'i', 'add', 'isntall']),
    valued: new Set(['--prefix', '--registry', '--cache', '-w', '--workspace', '--tag']),
    // `@scope/name@1.2.3` or `name@1.2.3`; a dist-tag such as `@latest` moves, so it is not a pin.
    pinned: (w) => {
      const at = w.indexOf('@', 1);
      return at > 0 && !/^(latest|next|canary|beta|alpha|\*|x)$/i.test(w.slice(at + 1));
    },
  },
  gem: {
    verbs: new Set(['install', 'i']),
    valued: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source', '-s', '--platform']),
    pinned: (w) => /:\S/.test(w),
    skipAll: (args) => args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version=')),
  },
  yum: {
    verbs: new Set(['install']),
    valued: new Set(['--setopt', '-c', '--config', '--installroot', '--releasever']),
    pinned: (w) => /-\d/.test(w) || w.includes('='),
  },
  zypper: {
    verbs: new Set(['install', 'in']),
    valued: new Set(['-t', '--type', '-r', '--repo', '--from']),
    pinned: (w) => /[=<>]/.test(w),
  },
};
MANAGERS.apt = MANAGERS['apt-get']!;
MANAGERS.yarn = { ...MANAGERS.npm!, verbs: new Set(['add']) };
MANAGERS.pnpm = MANAGERS.npm!;
MANAGERS.dnf = MANAGERS.yum!;
MANAGERS.microdnf = MANAGERS.yum!;
MANAGERS.tdnf = MANAGERS.yum!;

/** Local files, URLs, paths, globs and variables name no registry package. */
function notAPackage(word: string): boolean {
  return word === '' || word.startsWith('-') || /[$*`]/.test(word) || /^[.~/]/.test(word) || /:\/\//.test(word) || /^git[+@]/.test(word) || /\.(deb|rpm|apk|whl|gem|tgz|tar\.gz|zip)$/i.test(word) || word.startsWith('@') && !word.includes('/');
}

export default defineRule({
  meta: {
    id: 'DF015',
    slug: 'require-pinned-packages',
    kind: 'dockerfile',
    title: 'Packages installed in RUN should be pinned to versions',
    controls: ['CC6.8'],
    severity: 'info',
    profile: 'strict',
    description:
      'A package installed without a version is whatever the repository serves on the day of the build, so the same Dockerfile produces images with different software, and a new, unreviewed or compromised release enters without any change in the repository. Pinning makes every change to the image\'s software a reviewable diff, which is the control SOC 2 CC6.8 asks for. It is noisy by nature, so the rule is in the `strict` profile, and it stays silent where the version is decided elsewhere: variables, local files, apt target releases, pip requirements/constraints files, `npm install` from the lockfile, and upgrades of pip itself.',
    remediation: 'Pin each package: `apt-get install curl=7.88.1-10+deb12u5`, `apk add curl=8.5.0-r0`, `pip install requests==2.32.3` (better: a hashed requirements file), `npm install sax@1.4.1`, `gem install rake -v 13.2.1`, `yum install httpd-2.4.6`, `zypper install curl=8.0`. Let a dependency bot propose updates.',
    fix: 'none',
    messages: {
      unpinned: '{{tool}} installs "{{package}}" without a version in stage "{{stage}}": each build may get different, unreviewed software (SOC 2 CC6.8).',
    },
    peers: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'KICS 965a08d7', 'KICS 02d9c71f', 'KICS e36d8880', 'KICS d3499f6d', 'KICS 22cd11f7', 'KICS 6452c424', 'KICS 562952e4', 'KICS 93d88cf7'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, script } of stageRuns(model, ctx.lines)) {
      for (const command of script.commands) {
        const program = programOf(command);
        if (!program) continue;
        let tool = program.name;
        let args = program.args;
        if (/^pip[\d.]*$/.test(tool)) tool = 'pip';
        else if (/^python[\d.]*$/.test(tool) && args[0]?.text === '-m' && /^pip[\d.]*$/.test(args[1]?.text ?? '')) {
          tool = 'pip';
          args = args.slice(2);
        }
        const manager = Object.prototype.hasOwnProperty.call(MANAGERS, tool) ? MANAGERS[tool] : undefined;
        if (!manager) continue;
        const texts = args.map((a) => a.text);
        const verbIndex = texts.findIndex((t) => !t.startsWith('-'));
        if (verbIndex < 0 || !manager.verbs.has(texts[verbIndex]!) || manager.skipAll?.(texts)) continue;
        const packages: ShellWord[] = [];
        for (let k = verbIndex + 1; k < args.length; k++) {
          const t = texts[k]!;
          if (manager.valued.has(t)) {
            k++;
            continue;
          }
          // Redirections end the package list (`> /dev/null`, `2>&1`).
          if (/^\d*[<>]/.test(t)) break;
          if (notAPackage(t)) continue;
          packages.push(args[k]!);
        }
        for (const word of packages) {
          if (manager.pinned(word.text, texts)) continue;
          ctx.report({ messageId: 'unpinned', range: wordRange(ctx.lines, word), data: { tool: program.name, package: word.text, stage: stageResource(stage).name }, resource: stageResource(stage) });
        }
      }
    }
  },
});
