export { ScriptTemplatesPage } from './ScriptTemplatesPage';
