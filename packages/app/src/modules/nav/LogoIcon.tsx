import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: { width: 27, height: 30, flexShrink: 0 },
});

/** A shield with a tick: records checked and ready. */
export const LogoIcon = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 36"
      aria-hidden="true"
    >
      <path
        d="M16 1 3 6v10c0 9 5.6 15.6 13 19 7.4-3.4 13-10 13-19V6z"
        fill="#7df3e1"
      />
      <path
        d="m9.5 18 4.5 4.5 8.5-9"
        fill="none"
        stroke="#171717"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
};
