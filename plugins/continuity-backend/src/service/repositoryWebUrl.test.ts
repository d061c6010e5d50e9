import { repositoryWebUrl } from './repositoryWebUrl';

describe('repositoryWebUrl', () => {
  it.each([
    ['git@github.com:meridian/records.git', 'https://github.com/meridian/records'],
    ['https://github.com/meridian/records.git', 'https://github.com/meridian/records'],
    ['https://x-token:secret@github.com/meridian/records', 'https://github.com/meridian/records'],
    ['ssh://git@gitlab.example.com:2222/ops/records.git/', 'https://gitlab.example.com/ops/records'],
    ['/srv/git/records.git', undefined],
    ['file:///srv/git/records.git', undefined],
    ['../records', undefined],
  ])('reads %s as %s', (remote, web) => {
    expect(repositoryWebUrl(remote)).toBe(web);
  });
});
