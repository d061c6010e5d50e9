/**
 * The web address of a repository from the URL git fetches it by: `git@github.com:org/repo.git`
 * and `https://token@github.com/org/repo.git` both give `https://github.com/org/repo`.
 * Undefined for remotes with no web page (a local path, `file://`).
 */
export function repositoryWebUrl(remote: string): string | undefined {
  const trimmed = remote.trim().replace(/\/+$/, '').replace(/\.git$/, '');
  if (!trimmed.includes('://')) {
    // git's scp-like form, user@host:path.
    const scp = /^(?:[\w.-]+@)?([\w-]+\.[\w.-]+):\/?(.+)$/.exec(trimmed);
    return scp ? `https://${scp[1]}/${scp[2]}` : undefined;
  }
  try {
    const url = new URL(trimmed);
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) {
      return undefined;
    }
    // The web page is on https whatever git fetches with; credentials and ports stay out.
    return `https://${url.hostname}${url.pathname}`;
  } catch {
    return undefined;
  }
}
