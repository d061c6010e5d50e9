export { SquadScorecardCard } from './SquadScorecardCard';
