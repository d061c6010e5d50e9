import { makeStyles } from '@material-ui/core';
import { LogoIcon } from './LogoIcon';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: 10 },
  text: {
    color: '#ffffff',
    fontSize: 17,
    fontWeight: 600,
    lineHeight: 1.1,
    whiteSpace: 'nowrap',
  },
});

export const LogoFull = () => {
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <LogoIcon />
      <span className={classes.text}>Readiness Portal</span>
    </div>
  );
};
