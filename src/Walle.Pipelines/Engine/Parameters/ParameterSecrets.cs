using System.Security.Cryptography;
using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Secret parameter values stored encrypted in <c>.nuke/parameters*.json</c> (NUKE's <c>:secrets</c> model):
/// <c>"enc:v1:" + base64(salt[16] | nonce[12] | tag[16] | ciphertext)</c>, AES-256-GCM with a key derived from a
/// password by PBKDF2-SHA256 (310,000 iterations, a new salt per value). The password comes from
/// <c>WALLE_PARAMETERS_PASSWORD</c>, or a prompt on a terminal; a value is never written in clear.
/// </summary>
internal sealed class ParameterSecrets(Func<string?> password)
{
    /// <summary>The environment variable holding the password.</summary>
    public const string PasswordVariable = "WALLE_PARAMETERS_PASSWORD";

    private const string Prefix = "enc:v1:";
    private const int Iterations = 310_000;
    private string? _password;

    public static bool IsEncrypted(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Encrypt(string plain, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var text = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[16 + 12 + 16 + text.Length];
        using (var aes = new AesGcm(Key(password, salt), 16))
            aes.Encrypt(nonce, text, sealedBytes.AsSpan(44), sealedBytes.AsSpan(28, 16));
        salt.CopyTo(sealedBytes, 0);
        nonce.CopyTo(sealedBytes, 16);
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The clear value; a missing or wrong password is an error naming the file and parameter.</summary>
    public string Decrypt(string value, string file, string parameter)
    {
        _password ??= password() ?? throw new UsageException(
            $"{file}: parameter '{parameter}' is stored encrypted. Give the password in the environment variable {PasswordVariable} (or run on a terminal to be asked for it).");
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value[Prefix.Length..]);
        }
        catch (FormatException)
        {
            throw new UsageException($"{file}: the encrypted value of '{parameter}' is damaged. Set it again with --set-parameter {parameter}=<value>.");
        }
        if (bytes.Length < 44) throw new UsageException($"{file}: the encrypted value of '{parameter}' is damaged. Set it again with --set-parameter {parameter}=<value>.");
        var plain = new byte[bytes.Length - 44];
        try
        {
            using var aes = new AesGcm(Key(_password, bytes.AsSpan(0, 16).ToArray()), 16);
            aes.Decrypt(bytes.AsSpan(16, 12), bytes.AsSpan(44), bytes.AsSpan(28, 16), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new UsageException($"{file}: the password in {PasswordVariable} does not decrypt parameter '{parameter}'. Use the password the file was written with.");
        }
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Key(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
}
