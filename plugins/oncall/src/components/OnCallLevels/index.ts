export {
  EscalationPolicyName,
  LevelOnCall,
  levelTitle,
  PersonName,
} from './OnCallLevels';
