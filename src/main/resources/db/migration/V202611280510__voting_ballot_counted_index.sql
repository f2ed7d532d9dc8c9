-- The tally reads the last ballot of each credential, batch by batch in casting order.
create index voting_ballot_credential_idx on voting_ballot (election_id, credential, seq);
