export { pin, shown, type EngineOptions, type PinChange, type PinResult, type Skipped } from './pin.js';
export { upgrade, type Upgrade, type UpgradeOptions, type UpgradeResult } from './upgrade.js';
export { pinCommand, upgradeCommand, type CommandInput, type CommandOutput } from './commands.js';
export { listActionFiles } from './files.js';
export { findUses, parseUses, applyEdits, type ActionRef, type UsesSite, type Edit } from './uses.js';
export {
  Remotes,
  MissingRepository,
  serverUrl,
  parseVersion,
  releaseTags,
  type ListRemote,
  type RepoRefs,
  type Version,
} from './remote.js';
