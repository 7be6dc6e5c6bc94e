"""The SMTP+ users of an account: ListUserInfo polling and its policy, states and their
changes, the status log and exports."""
