export {
  startGitHubStandin,
  type Dispatch,
  type Fault,
  type GitHubStandin,
  type IssueSnapshot,
  type LoggedRequest,
  type PullSnapshot,
  type StandinOptions,
  type Violation,
} from './standin.js';
