import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { Button, Grid, Typography } from '@material-ui/core';

/** Remembers who signed in, so a reload keeps them signed in until they sign out. */
const CHOSEN_USER_KEY = 'readiness-portal:demo-user';

/**
 * The embedded default's sign-in: pick one of the demo people. The backend's `demo` provider
 * checks the name against the same configured list.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  const people = (config.getOptionalConfigArray('auth.providers.demo.users') ?? []).map(
    person => ({
      name: person.getString('name'),
      description: person.getString('description'),
    }),
  );
  const [chosen, setChosen] = useState(() => localStorage.getItem(CHOSEN_USER_KEY));

  if (chosen) {
    return (
      <ProxiedSignInPage
        provider="demo"
        headers={{ 'x-readiness-demo-user': chosen }}
        onSignInSuccess={identity =>
          props.onSignInSuccess({
            ...identity,
            getProfileInfo: () => identity.getProfileInfo(),
            getBackstageIdentity: () => identity.getBackstageIdentity(),
            getCredentials: () => identity.getCredentials(),
            signOut: async () => {
              localStorage.removeItem(CHOSEN_USER_KEY);
              await identity.signOut();
            },
          })
        }
      />
    );
  }

  return (
    <Page themeId="home">
      <Header title="Readiness Portal" subtitle="Sign in as one of the demo people" />
      <Content>
        <Grid container spacing={3}>
          {people.map(person => (
            <Grid item xs={12} sm={6} md={3} key={person.name}>
              <InfoCard title={person.name}>
                <Typography variant="body2" paragraph>
                  {person.description}
                </Typography>
                <Button
                  variant="contained"
                  color="primary"
                  aria-label={`Sign in as ${person.name}`}
                  onClick={() => {
                    localStorage.setItem(CHOSEN_USER_KEY, person.name);
                    setChosen(person.name);
                  }}
                >
                  Sign in
                </Button>
              </InfoCard>
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}
