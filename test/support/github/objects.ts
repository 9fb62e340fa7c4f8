// The stand-in's state and the GitHub-shaped JSON it renders. Every object here is checked
// against the OpenAPI description on the way out, so the shapes only need to be realistic,
// and the validator tells us when they are not.
import type { Json } from './openapi.js';

/** Where `html_url`s point: a host that does not exist, so nothing can follow them out. */
export const WEB_HOST = 'http://github.local';

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Organization' | 'Bot';
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Comment {
  id: number;
  body: string;
  user: User;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * What the issue events endpoint lists about who was asked: GitHub keeps these after the request
 * or assignment is taken back, which is how "never asked" differs from "asked, then taken off".
 */
export type IssueEvent = {
  id: number;
  /** Who did it. */
  actor: User;
  createdAt: Date;
} & IssueEventKind;

/** What an event says happened, to whom. */
export type IssueEventKind =
  | { event: 'assigned' | 'unassigned'; assignee: User }
  | { event: 'review_requested' | 'review_request_removed'; reviewer: User };

export interface PullState {
  head: string;
  base: string;
  /** Last known tips; refreshed from the bare repo while the PR is open. */
  headSha: string;
  baseSha: string;
  merged: boolean;
  mergedAt: Date | null;
  mergedBy: User | null;
  mergeCommitSha: string | null;
  requestedReviewers: User[];
  draft: boolean;
  /** Set when the head branch lives in a fork; its commits are kept as `refs/pull/<n>/head`. */
  fork?: RepoInfo;
}

/** Issues and pull requests share one number sequence on GitHub, so they share one record. */
export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  user: User;
  labels: Label[];
  assignees: User[];
  comments: Comment[];
  /** Oldest first. Only the kinds modelgate reads are recorded. */
  events: IssueEvent[];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  pull?: PullState;
}

export interface RepoInfo {
  owner: User;
  name: string;
  id: number;
  defaultBranch: string;
  apiBase: string;
  createdAt: Date;
  /** A fork of the stand-in's repository (only ever a pull request's head). */
  fork?: boolean;
}

export function iso(date: Date): string {
  // GitHub's timestamps have no milliseconds.
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isoOrNull(date: Date | null): string | null {
  return date ? iso(date) : null;
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}${id}`).toString('base64');
}

export function renderUser(user: User, api: string): Json {
  const url = `${api}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U_', user.id),
    avatar_url: `${WEB_HOST}/avatars/${user.id}`,
    gravatar_id: '',
    url,
    html_url: `${WEB_HOST}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `repository` schema (used in PR heads and bases); `full` adds `full-repository`'s extras. */
export function renderRepo(
  repo: RepoInfo,
  stats: { openIssues: number; pushedAt: Date },
  full = false,
): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const url = `${repo.apiBase}/repos/${fullName}`;
  const html = `${WEB_HOST}/${fullName}`;
  const base: Record<string, Json> = {
    id: repo.id,
    node_id: nodeId('R_', repo.id),
    name: repo.name,
    full_name: fullName,
    owner: renderUser(repo.owner, repo.apiBase),
    private: true,
    html_url: html,
    description: 'Model registry',
    fork: repo.fork ?? false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.local/${fullName}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.local:${fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: stats.openIssues,
    open_issues_count: stats.openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    license: null,
    pushed_at: iso(stats.pushedAt),
    created_at: iso(repo.createdAt),
    updated_at: iso(stats.pushedAt),
    allow_forking: false,
    web_commit_signoff_required: false,
  };
  if (full) {
    Object.assign(base, {
      network_count: 0,
      subscribers_count: 0,
      allow_merge_commit: true,
      allow_squash_merge: true,
      // The stand-in implements merge and squash only (see the merge handler).
      allow_rebase_merge: false,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    });
  }
  return base;
}

export function renderLabel(label: Label, repoUrl: string): Json {
  return {
    id: label.id,
    node_id: nodeId('LA_', label.id),
    url: `${repoUrl}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function renderComment(
  comment: Comment,
  issue: IssueRecord,
  repo: RepoInfo,
  api: string,
): Json {
  const repoUrl = `${api}/repos/${repo.owner.login}/${repo.name}`;
  const kind = issue.pull ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: nodeId('IC_', comment.id),
    url: `${repoUrl}/issues/comments/${comment.id}`,
    html_url: `${WEB_HOST}/${repo.owner.login}/${repo.name}/${kind}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${issue.number}`,
    body: comment.body,
    user: renderUser(comment.user, api),
    created_at: iso(comment.createdAt),
    updated_at: iso(comment.updatedAt),
    author_association: 'MEMBER',
  };
}

export function renderIssue(issue: IssueRecord, repo: RepoInfo, api: string): Json {
  const repoUrl = `${api}/repos/${repo.owner.login}/${repo.name}`;
  const url = `${repoUrl}/issues/${issue.number}`;
  const webRepo = `${WEB_HOST}/${repo.owner.login}/${repo.name}`;
  const rendered: Record<string, Json> = {
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PR_' : 'I_', issue.id),
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${webRepo}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(issue.user, api),
    labels: issue.labels.map((label) => renderLabel(label, repoUrl)),
    assignee: issue.assignees[0] ? renderUser(issue.assignees[0], api) : null,
    assignees: issue.assignees.map((user) => renderUser(user, api)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    closed_at: isoOrNull(issue.closedAt),
    created_at: iso(issue.createdAt),
    updated_at: iso(issue.updatedAt),
    author_association: 'MEMBER',
  };
  if (issue.pull) {
    // GitHub lists pull requests among issues, marked by this key.
    rendered.pull_request = {
      url: `${repoUrl}/pulls/${issue.number}`,
      html_url: `${webRepo}/pull/${issue.number}`,
      diff_url: `${webRepo}/pull/${issue.number}.diff`,
      patch_url: `${webRepo}/pull/${issue.number}.patch`,
      merged_at: isoOrNull(issue.pull.mergedAt),
    };
    rendered.draft = issue.pull.draft;
  }
  return rendered;
}

/** One of `issue-event-for-issue`'s kinds, by `event`: its component schema's name. */
export const ISSUE_EVENT_SCHEMAS: Record<IssueEvent['event'], string> = {
  assigned: 'assigned-issue-event',
  unassigned: 'unassigned-issue-event',
  review_requested: 'review-requested-issue-event',
  review_request_removed: 'review-request-removed-issue-event',
};

export function renderIssueEvent(event: IssueEvent, repo: RepoInfo, api: string): Json {
  const repoUrl = `${api}/repos/${repo.owner.login}/${repo.name}`;
  const actor = renderUser(event.actor, api);
  const common: Record<string, Json> = {
    id: event.id,
    node_id: nodeId('E_', event.id),
    url: `${repoUrl}/issues/events/${event.id}`,
    actor,
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: iso(event.createdAt),
    performed_via_github_app: null,
  };
  if ('assignee' in event) {
    return { ...common, assignee: renderUser(event.assignee, api), assigner: actor };
  }
  return {
    ...common,
    review_requester: actor,
    requested_reviewer: renderUser(event.reviewer, api),
  };
}

export interface PullExtras {
  /** Null while GitHub would still be computing it (we report it for open PRs only). */
  mergeable: boolean | null;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

/** `pull-request-simple`, or `pull-request` when `extras` (the computed fields) are given. */
export function renderPull(
  issue: IssueRecord,
  pull: PullState,
  repo: RepoInfo,
  repoJson: Json,
  api: string,
  extras?: PullExtras,
): Json {
  const repoUrl = `${api}/repos/${repo.owner.login}/${repo.name}`;
  const webRepo = `${WEB_HOST}/${repo.owner.login}/${repo.name}`;
  const url = `${repoUrl}/pulls/${issue.number}`;
  const html = `${webRepo}/pull/${issue.number}`;
  const side = (ref: string, sha: string, from: RepoInfo, fromJson: Json): Json => ({
    label: `${from.owner.login}:${ref}`,
    ref,
    sha,
    user: renderUser(from.owner, api),
    repo: fromJson,
  });
  const headRepoJson = pull.fork
    ? renderRepo(pull.fork, { openIssues: 0, pushedAt: pull.fork.createdAt })
    : repoJson;
  const link = (href: string): Json => ({ href });
  const rendered: Record<string, Json> = {
    url,
    id: issue.id,
    node_id: nodeId('PR_', issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${repoUrl}/issues/${issue.number}/comments`,
    statuses_url: `${repoUrl}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(issue.user, api),
    body: issue.body,
    // `pull-request-simple` (lists, request-reviewers) declares a label's description as a
    // non-nullable string, unlike `pull-request` and `label`; GitHub sends null there, but we
    // must satisfy the description, so simple PRs carry '' for a missing description.
    labels: issue.labels.map((label) =>
      renderLabel(extras ? label : { ...label, description: label.description ?? '' }, repoUrl),
    ),
    milestone: null,
    active_lock_reason: null,
    created_at: iso(issue.createdAt),
    updated_at: iso(issue.updatedAt),
    closed_at: isoOrNull(issue.closedAt),
    merged_at: isoOrNull(pull.mergedAt),
    merge_commit_sha: pull.mergeCommitSha,
    assignee: issue.assignees[0] ? renderUser(issue.assignees[0], api) : null,
    assignees: issue.assignees.map((user) => renderUser(user, api)),
    requested_reviewers: pull.requestedReviewers.map((user) => renderUser(user, api)),
    requested_teams: [],
    head: side(pull.head, pull.headSha, pull.fork ?? repo, headRepoJson),
    base: side(pull.base, pull.baseSha, repo, repoJson),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${repoUrl}/issues/${issue.number}`),
      comments: link(`${repoUrl}/issues/${issue.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoUrl}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoUrl}/statuses/${pull.headSha}`),
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: pull.draft,
  };
  if (extras) {
    Object.assign(rendered, {
      merged: pull.merged,
      mergeable: extras.mergeable,
      rebaseable: extras.mergeable,
      mergeable_state: extras.mergeable === null ? 'unknown' : extras.mergeable ? 'clean' : 'dirty',
      merged_by: pull.mergedBy ? renderUser(pull.mergedBy, api) : null,
      comments: issue.comments.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: extras.commits,
      additions: extras.additions,
      deletions: extras.deletions,
      changed_files: extras.changedFiles,
    });
  }
  return rendered;
}
