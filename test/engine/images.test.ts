import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDigestPinned, isLatestOrUntagged, isScratch, isTrustedRegistry, parseImageReference, registryOf } from '../../server/src/engine/images';

const D = 'sha256:' + 'a'.repeat(64);

function parts(s: string): [string, string, string | undefined, string | undefined] {
  const r = parseImageReference(s)!;
  return [r.registry, r.repository, r.tag, r.digest];
}

void describe('parseImageReference', () => {
  void it('applies Docker Hub defaults', () => {
    assert.deepEqual(parts('nginx'), ['docker.io', 'library/nginx', undefined, undefined]);
    assert.deepEqual(parts('nginx:1.27'), ['docker.io', 'library/nginx', '1.27', undefined]);
    assert.deepEqual(parts('bitnami/nginx:1.27'), ['docker.io', 'bitnami/nginx', '1.27', undefined]);
    assert.deepEqual(parts('docker.io/library/nginx:latest'), ['docker.io', 'library/nginx', 'latest', undefined]);
    assert.deepEqual(parts('docker.io/nginx'), ['docker.io', 'library/nginx', undefined, undefined]);
    assert.deepEqual(parts('index.docker.io/library/nginx'), ['docker.io', 'library/nginx', undefined, undefined]);
  });
  void it('recognises registries by dot, port, localhost and upper case', () => {
    assert.deepEqual(parts(`registry.example.com:5000/team/app@${D}`), ['registry.example.com:5000', 'team/app', undefined, D]);
    assert.deepEqual(parts(`gcr.io/x/y:tag@${D}`), ['gcr.io', 'x/y', 'tag', D]);
    assert.deepEqual(parts('localhost:5000/app'), ['localhost:5000', 'app', undefined, undefined]);
    assert.deepEqual(parts('localhost/app:1'), ['localhost', 'app', '1', undefined]);
    assert.deepEqual(parts('Registry/app'), ['registry', 'app', undefined, undefined]);
    assert.deepEqual(parts('GHCR.IO/Org/App:v1'), ['ghcr.io', 'Org/App', 'v1', undefined]);
  });
  void it('strips quotes and whitespace, rejects empty input', () => {
    assert.deepEqual(parts(' "nginx:1" '), ['docker.io', 'library/nginx', '1', undefined]);
    assert.equal(parseImageReference('  '), undefined);
  });
  void it('treats templates as unknown parts', () => {
    const tag = parseImageReference('nginx:${TAG:-1.2}')!;
    assert.equal(tag.tag, '${TAG:-1.2}');
    assert.deepEqual(tag.unknown, { registry: false, repository: false, tag: true, digest: true });
    const whole = parseImageReference('$IMAGE')!;
    assert.deepEqual(whole.unknown, { registry: true, repository: true, tag: true, digest: true });
    const helm = parseImageReference('{{ .Values.image.repository }}:{{ .Values.image.tag | default "a:b" }}')!;
    assert.equal(helm.repository, '{{ .Values.image.repository }}');
    assert.equal(helm.tag, '{{ .Values.image.tag | default "a:b" }}');
    assert.equal(helm.unknown.registry, true);
    const reg = parseImageReference('${REGISTRY}/team/app:1.0')!;
    assert.equal(reg.unknown.registry, true);
    assert.equal(reg.unknown.tag, false);
    const hub = parseImageReference('myorg/${NAME}')!;
    assert.equal(hub.unknown.registry, false);
    assert.equal(hub.unknown.tag, true);
    assert.equal(parseImageReference('nginx:1.27')!.templated, false);
  });
});

void describe('image predicates', () => {
  void it('isLatestOrUntagged', () => {
    assert.equal(isLatestOrUntagged('nginx'), true);
    assert.equal(isLatestOrUntagged('nginx:latest'), true);
    assert.equal(isLatestOrUntagged('localhost:5000/app'), true);
    assert.equal(isLatestOrUntagged('nginx:1.27'), false);
    assert.equal(isLatestOrUntagged(`nginx@${D}`), false);
    assert.equal(isLatestOrUntagged(`nginx:latest@${D}`), false);
    assert.equal(isLatestOrUntagged('nginx:$TAG'), undefined);
    assert.equal(isLatestOrUntagged('$IMAGE'), undefined);
    assert.equal(isLatestOrUntagged('{{ .Values.image }}'), undefined);
  });
  void it('isDigestPinned', () => {
    assert.equal(isDigestPinned(`nginx@${D}`), true);
    assert.equal(isDigestPinned('nginx@${DIGEST}'), true);
    assert.equal(isDigestPinned('nginx:1.27'), false);
    assert.equal(isDigestPinned('nginx:${TAG}'), undefined);
    assert.equal(isDigestPinned('${BASE}'), undefined);
  });
  void it('registryOf and isScratch', () => {
    assert.equal(registryOf('nginx'), 'docker.io');
    assert.equal(registryOf('quay.io/a/b'), 'quay.io');
    assert.equal(registryOf('${R}/a'), undefined);
    assert.equal(isScratch('scratch'), true);
    assert.equal(isScratch('scratchy'), false);
  });
  void it('isTrustedRegistry', () => {
    assert.equal(isTrustedRegistry('anything/at:all', []), true);
    assert.equal(isTrustedRegistry('nginx', ['docker.io']), true);
    assert.equal(isTrustedRegistry('nginx', ['https://index.docker.io/']), true);
    assert.equal(isTrustedRegistry('quay.io/a/b', ['docker.io']), false);
    assert.equal(isTrustedRegistry('gcr.io/proj/app', ['gcr.io/proj']), true);
    assert.equal(isTrustedRegistry('gcr.io/project2/app', ['gcr.io/proj']), false);
    assert.equal(isTrustedRegistry('nginx', ['docker.io/library']), true);
    assert.equal(isTrustedRegistry('bitnami/nginx', ['docker.io/library']), false);
    assert.equal(isTrustedRegistry('eu.registry.example.com/app', ['*.example.com']), true);
    assert.equal(isTrustedRegistry('registry.example.com:5000/app', ['registry.example.com']), false);
    assert.equal(isTrustedRegistry('registry.example.com:5000/app', ['registry.example.com:5000']), true);
    assert.equal(isTrustedRegistry('${R}/app', ['docker.io']), undefined);
    assert.equal(isTrustedRegistry('gcr.io/${P}/app', ['gcr.io/proj']), undefined);
  });
});
