//! `graph-mock`: a mock Microsoft Graph mail server.
//!
//! ```text
//! cargo run -p graph-mock                      # demo users and tokens on 127.0.0.1:8787
//! cargo run -p graph-mock -- --config mock.toml --addr 0.0.0.0:9000
//! cargo run -p graph-mock -- --print-demo-config > mock.toml
//! ```

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use graph_mock::{Config, ConfigError};

/// A mock Microsoft Graph mail server (the mail action family, v1.0 and beta).
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// TOML configuration (address, users, tokens, jwt); the demo data when absent.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Address to listen on; overrides the configuration.
    #[arg(long, short)]
    addr: Option<SocketAddr>,
    /// Extra user, by principal name, with two drafts (repeatable).
    #[arg(long = "user", value_name = "UPN")]
    users: Vec<String>,
    /// Extra static token: `TOKEN=UPN:SCOPE,SCOPE` (delegated) or
    /// `TOKEN=app:ROLE,ROLE` (application) (repeatable).
    #[arg(long = "token", value_name = "SPEC")]
    tokens: Vec<String>,
    /// Also accept HS256 JWTs signed with the secret in this environment variable.
    #[arg(long, value_name = "VAR")]
    jwt_secret_env: Option<String>,
    /// Print the built-in demo configuration and exit.
    #[arg(long)]
    print_demo_config: bool,
    /// Do not log requests.
    #[arg(long, short)]
    quiet: bool,
}

fn load(args: &Args) -> Result<Config, ConfigError> {
    let mut config = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| ConfigError(format!("cannot read `{}`: {e}", path.display())))?;
            Config::from_toml(&text)?
        }
        None => Config::demo()?,
    };
    if let Some(addr) = args.addr {
        config.address = addr;
    }
    for upn in &args.users {
        config.add_demo_user(upn);
    }
    for spec in &args.tokens {
        config.add_token_spec(spec)?;
    }
    if let Some(var) = &args.jwt_secret_env {
        let secret = std::env::var(var)
            .map_err(|_| ConfigError(format!("environment variable `{var}` is not set")))?;
        config.jwt.get_or_insert_with(Default::default).hs256_secret = Some(secret);
    }
    Ok(config)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.print_demo_config {
        print!("{}", graph_mock::config::DEMO_CONFIG);
        return ExitCode::SUCCESS;
    }
    if !args.quiet {
        tracing_subscriber::fmt().with_target(false).init();
    }
    let config = match load(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let demo = args.config.is_none();
    let mock = match graph_mock::start(config.clone()).await {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("graph-mock listening on {}", mock.base_url());
    println!(
        "  Graph root: {}/v1.0 and {}/beta",
        mock.base_url(),
        mock.base_url()
    );
    for user in mock.store().users() {
        let drafts = mock
            .store()
            .folder(&user.id, graph_mock::Folder::Drafts)
            .unwrap_or_default();
        let ids: Vec<&str> = drafts.iter().filter_map(|m| m.id.as_deref()).collect();
        println!(
            "  user {} ({}), drafts: {}",
            user.user_principal_name,
            user.id,
            ids.join(", ")
        );
    }
    for t in &config.tokens {
        // Demo tokens are demo data and printed once; configured ones are secrets.
        let shown = if demo {
            t.token.as_str()
        } else {
            "<configured>"
        };
        match (&t.user, &t.app_id) {
            (Some(user), _) => println!(
                "  token {shown}: delegated, {user}, scp \"{}\"",
                t.scopes.join(" ")
            ),
            (_, Some(app)) => println!(
                "  token {shown}: application {app}, roles [{}]",
                t.roles.join(", ")
            ),
            _ => {}
        }
    }
    if demo {
        println!(
            "  try: curl -i -X POST -H 'Authorization: Bearer demo-adele' -H 'Content-Length: 0' \
             {}/v1.0/me/messages/AAMkADraft-adele-1/send",
            mock.base_url()
        );
        println!(
            "       curl -H 'Authorization: Bearer demo-adele' '{}/v1.0/me/mailFolders/inbox/messages?$top=5'",
            mock.base_url()
        );
    }
    tokio::select! {
        result = mock.wait() => match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        _ = tokio::signal::ctrl_c() => ExitCode::SUCCESS,
    }
}
