export {
  EntityPostmortemsContent,
  postmortemFilterFor,
} from './EntityPostmortemsContent';
