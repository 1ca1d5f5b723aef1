//! `--generate KIND`: shell completions and a man page, written from a binary's own clap
//! definition (as ripgrep's `--generate`), so they never disagree with its flags.

use std::io::Write;

use clap_complete::Shell;

/// What `--generate` writes on standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Generate {
    /// Completions for bash.
    CompleteBash,
    /// Completions for zsh.
    CompleteZsh,
    /// Completions for fish.
    CompleteFish,
    /// Completions for PowerShell.
    CompletePowershell,
    /// The man page (roff).
    Man,
}

/// Writes `kind` for the command `cmd` (its name is the binary's) to `out`.
pub fn generate(
    kind: Generate,
    mut cmd: clap::Command,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let name = cmd.get_name().to_owned();
    let shell = match kind {
        Generate::CompleteBash => Shell::Bash,
        Generate::CompleteZsh => Shell::Zsh,
        Generate::CompleteFish => Shell::Fish,
        Generate::CompletePowershell => Shell::PowerShell,
        Generate::Man => return clap_mangen::Man::new(cmd).render(out),
    };
    clap_complete::generate(shell, &mut cmd, name, out);
    Ok(())
}
