export { ScriptTemplateForm } from './ScriptTemplateForm';
