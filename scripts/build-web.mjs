// Placeholder until the dashboard exists (issue 5): the web build step.
