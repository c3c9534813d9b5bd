export { VERSION } from '@quality/kit/version';
