/**
 * Fake GitHub REST API for tests. See README.md in this folder.
 */
export { startGitHubApi, WRITE_TOKEN, READ_TOKEN, INVALID_TOKEN, PULL_FILES_CAP, COMMENT_BODY_MAX } from './server.js';
export type {
  StartOptions,
  FakeGitHubApi,
  RecordedRequest,
  AuthInfo,
  FakeRequest,
  RouteHandler,
  ScriptedRoute,
  RepoOptions,
} from './server.js';
export { respond, errorBody } from './responses.js';
export type { ScriptedResponse } from './responses.js';
export { RepoModel, actionsBot, makeUser, fakeSha, ZERO_SHA } from './model.js';
export type {
  TokenAccess,
  RepoPermission,
  GitHubUser,
  IssueComment,
  PullFile,
  PullOptions,
  PullModel,
  WorkflowRunOptions,
  WorkflowRunModel,
} from './model.js';
export { makeEventPayload, eventEnv, writeEventPayload } from './payloads.js';
export type { EventKind, EventOptions } from './payloads.js';
