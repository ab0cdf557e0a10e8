#!/usr/bin/env bash
# Starts the whole portal: PostgreSQL, schema, frontend and backend builds, the host with a demo organisation.
# Ctrl+C stops the host; the database keeps running (infra/db.sh --stop stops it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port=${ENGAGEMENT_PORT:-5080}

require_tools
step "Database"
"$repo/infra/db.sh" engagement
url=$("$repo/infra/db.sh" --url engagement)
step "Frontend build"
build_frontend
step "Backend build"
build_backend
step "Starting the host"
trap stop_host EXIT INT TERM
# No mail server needed: e-mails are written as .eml files (set Email__SmtpHost to send them over SMTP instead).
mail_dir="$local_dir/mail"
start_host "$port" "$url" "$local_dir/host.log" --Demo:Enabled=true --Demo:Employees="${ENGAGEMENT_DEMO_EMPLOYEES:-200}" \
  --Email:PickupDirectory="$mail_dir" --Email:PublicUrl="http://127.0.0.1:$port"

cat <<MSG

  Engagement is running: http://127.0.0.1:$port/

  Demo sign-ins (password Engagement-demo-2026):
    employee   employee@demo.engagement.test
    manager    manager@demo.engagement.test
    HR admin   hr@demo.engagement.test

  GraphQL endpoint:   http://127.0.0.1:$port/graphql  (GraphiQL: cd frontend && npm run dev, then /graphiql.html)
  Hangfire jobs:      http://127.0.0.1:$port/hangfire
  Orleans dashboard:  http://127.0.0.1:$port/orleans
  E-mails sent:       $mail_dir (one .eml file each; open them in any mail reader)
  Host log:           $local_dir/host.log

  Press Ctrl+C to stop.
MSG
wait "$host_pid"
