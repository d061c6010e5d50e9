export { PostmortemContent, PostmortemView } from './PostmortemContent';
