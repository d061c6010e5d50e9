export { SquadScorecardContent } from './SquadScorecardContent';
